#include "nativehost.h"

#include "inputbridge.h"
#include "runtime.h"
#include "streamdecoders.h"

#include <net/encoding.h>
#include <net/neterror.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJSEngine>
#include <QProcessEnvironment>
#include <QSysInfo>

#include <chrono>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace script {

namespace {

netcore::Encoding encodingOrUtf8(const QString &name)
{
    return netcore::encodingFromName(name).value_or(netcore::Encoding::Utf8);
}

OutputChannel channelOf(int channel)
{
    return channel == 2 ? OutputChannel::StandardError : OutputChannel::StandardOutput;
}

// Node's names for the CPU architecture.
QString nodeArch()
{
    const QString arch = QSysInfo::buildCpuArchitecture();
    if (arch == "x86_64"_L1)
        return u"x64"_s;
    if (arch == "i386"_L1)
        return u"ia32"_s;
    return arch;
}

// A leading "#!" line is a comment to Node; keep the line so line numbers stay right.
QString withoutHashbang(const QString &source)
{
    QString text = source;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.startsWith("#!"_L1))
        text.prepend("//"_L1);
    return text;
}

qint64 residentSetSize()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

NativeHost::NativeHost(Runtime *runtime)
    : m_runtime(runtime)
    , m_sandbox(runtime->options().scriptPath)
{ }

QJSValue NativeHost::write(int channel, const QString &text)
{
    // Node's UTF-8: a lone surrogate becomes U+FFFD, as on a Node stream.
    return writeBytes(channel, netcore::encodeText(text, netcore::Encoding::Utf8));
}

QJSValue NativeHost::writeBytes(int channel, const QByteArray &bytes)
{
    const int error = m_runtime->writeOutput(channelOf(channel), bytes);
    if (error == 0)
        return QJSValue(QJSValue::NullValue);
    struct stat status
    { };
    const bool file = ::fstat(channel == 1 ? STDOUT_FILENO : STDERR_FILENO, &status) == 0
            && !S_ISFIFO(status.st_mode) && !S_ISSOCK(status.st_mode)
            && !::isatty(channel == 1 ? STDOUT_FILENO : STDERR_FILENO);
    QJSValue failure = m_runtime->engine()->newObject();
    failure.setProperty(u"errno"_s, -error);
    failure.setProperty(u"code"_s, netcore::NetError::errnoName(error));
    failure.setProperty(u"description"_s, netcore::NetError::errnoDescription(error));
    failure.setProperty(u"file"_s, file);
    return failure;
}

QByteArray NativeHost::encode(const QString &text, const QString &encoding) const
{
    // The result is an ArrayBuffer: V8's error for one it cannot allocate.
    if (!fitsInMemory(qint64(text.size()) * 2)) {
        m_runtime->engine()->throwError(QJSValue::RangeError, u"Array buffer allocation failed"_s);
        return {};
    }
    try {
        return netcore::encodeText(text, encodingOrUtf8(encoding));
    } catch (const std::bad_alloc &) {
        m_runtime->engine()->throwError(QJSValue::RangeError, u"Array buffer allocation failed"_s);
        return {};
    }
}

QString NativeHost::decode(const QByteArray &bytes, const QString &encoding) const
{
    return decodeWithinMemory(
            bytes.size(), [&] { return netcore::decodeBytes(bytes, encodingOrUtf8(encoding)); });
}

QJSValue NativeHost::newStringDecoder(const QString &encoding)
{
    return m_runtime->engine()->newQObject(new StringDecoderHandle(encodingOrUtf8(encoding), this));
}

QJSValue NativeHost::newTextDecoder(const QString &encoding)
{
    return m_runtime->engine()->newQObject(new TextDecoderHandle(encodingOrUtf8(encoding), this));
}

QString NativeHost::decodeWithinMemory(qint64 inputBytes,
                                       const std::function<QString()> &decode) const
{
    if (!fitsInMemory(inputBytes * 2)) {
        throwAllocationFailed();
        return {};
    }
    try {
        return decode();
    } catch (const std::bad_alloc &) {
        throwAllocationFailed();
        return {};
    }
}

// Asks the memory guard only for a large result: reading the process's usage costs more than
// converting a few KiB.
bool NativeHost::fitsInMemory(qint64 bytes) const
{
    return bytes < 1024 * 1024 || m_runtime->reserveMemory(bytes);
}

// Node's ERR_MEMORY_ALLOCATION_FAILED, for a string that cannot be made.
void NativeHost::throwAllocationFailed() const
{
    const auto failed = netcore::NetError::api(netcore::ErrorCode::ERR_MEMORY_ALLOCATION_FAILED);
    QJSEngine *engine = m_runtime->engine();
    QJSValue error = engine->newErrorObject(QJSValue::GenericError, failed.message());
    error.setProperty(u"code"_s, failed.code());
    engine->throwError(error);
}

double NativeHost::now() const
{
    return double(m_runtime->loopTime());
}

QJSValue NativeHost::allocateBuffer(double size, bool zeroed)
{
    return m_runtime->allocateSharedBuffer(qsizetype(size), zeroed);
}

bool NativeHost::reserveMemory(double size)
{
    return m_runtime->reserveMemory(qint64(size));
}

bool NativeHost::fillBuffer(int id, double from, double to, const QJSValue &value)
{
    const QByteArray pattern
            = value.isNumber() ? QByteArray(1, char(value.toInt())) : m_runtime->bytesOf(value);
    return m_runtime->sharedBuffers().fill(id, qsizetype(from), qsizetype(to), pattern);
}

QJSValue NativeHost::hrtime() const
{
    using namespace std::chrono;
    const auto ns = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    QJSValue pair = m_runtime->engine()->newArray(2);
    const qint64 seconds = ns / 1000000000;
    const qint64 nanoseconds = ns % 1000000000;
    pair.setProperty(0, double(seconds));
    pair.setProperty(1, double(nanoseconds));
    return pair;
}

void NativeHost::scheduleTimer(double delayMs)
{
    m_runtime->scheduleTimer(delayMs);
}

void NativeHost::cancelTimer()
{
    m_runtime->cancelTimer();
}

void NativeHost::scheduleImmediate()
{
    m_runtime->scheduleImmediate();
}

void NativeHost::exit(int code)
{
    m_runtime->exit(code);
}

QJSValue NativeHost::newInput()
{
    const std::shared_ptr<ScriptInput> &input = m_runtime->options().input;
    if (!input)
        return QJSValue(QJSValue::NullValue);
    return m_runtime->engine()->newQObject(new InputBridge(m_runtime, input));
}

QJSValue NativeHost::compile(const QString &source, const QString &fileName,
                             const QStringList &parameters)
{
    // The CommonJS wrapper, as Node's: the module's code becomes a function body.
    const QString prefix = u"(function ("_s + parameters.join(u", "_s) + u") { "_s;
    const QString code = prefix + withoutHashbang(source) + u"\n})"_s;
    m_sources.insert(fileName, source);
    QStringList trace;
    QJSEngine *engine = m_runtime->engine();
    const QJSValue function = engine->evaluate(code, fileName, 1, &trace);
    if (function.isCallable())
        return function;
    // A syntax error: the engine gives line and column only in the trace, as
    // "function:line:column:file".
    int line = function.property(u"lineNumber"_s).toInt();
    int column = 0;
    if (!trace.isEmpty()) {
        const QStringList parts = trace.constFirst().split(u':');
        if (parts.size() >= 3) {
            line = parts.at(1).toInt();
            column = parts.at(2).toInt();
        }
    }
    if (line == 1)
        column = qMax(1, column - int(prefix.size()));
    QJSValue error = engine->newObject();
    error.setProperty(u"message"_s, function.property(u"message"_s));
    error.setProperty(u"line"_s, line);
    error.setProperty(u"column"_s, column);
    return error;
}

QJSValue NativeHost::loadBuiltin(const QString &name) const
{
    if (name.contains(u".."_s))
        return {};
    const QString path = u":/netbench/script/"_s + name + u".mjs"_s;
    if (!QFileInfo::exists(path))
        return {};
    const QJSValue module = m_runtime->engine()->importModule(path);
    return module.property(u"default"_s);
}

QString NativeHost::moduleRoot() const
{
    return m_sandbox.root();
}

QJSValue NativeHost::modulePath(const QString &path) const
{
    QString realPath;
    const ModuleSandbox::Verdict verdict = m_sandbox.check(path, &realPath);
    QJSValue result = m_runtime->engine()->newObject();
    result.setProperty(u"kind"_s, ModuleSandbox::verdictName(verdict));
    result.setProperty(u"realPath"_s, realPath);
    return result;
}

QJSValue NativeHost::readModuleFile(const QString &path) const
{
    QByteArray bytes;
    qint64 size = 0;
    const ModuleSandbox::Verdict verdict = m_sandbox.read(path, &bytes, &size);
    if (verdict == ModuleSandbox::Verdict::File)
        return QJSValue(QString::fromUtf8(bytes));
    QJSValue refusal = m_runtime->engine()->newObject();
    refusal.setProperty(u"refused"_s, ModuleSandbox::verdictName(verdict));
    refusal.setProperty(u"size"_s, double(size));
    return refusal;
}

QString NativeHost::realPath(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

QString NativeHost::sourceLine(const QString &fileName, int line) const
{
    const QString source = m_sources.value(fileName);
    if (source.isEmpty() || line < 1)
        return {};
    const QStringList lines = source.split(u'\n');
    if (line > lines.size())
        return {};
    QString text = lines.at(line - 1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

QJSValue NativeHost::processInfo() const
{
    QJSEngine *engine = m_runtime->engine();
    QJSValue info = engine->newObject();
    info.setProperty(u"pid"_s, int(::getpid()));
    info.setProperty(u"ppid"_s, int(::getppid()));
    info.setProperty(u"platform"_s, QSysInfo::kernelType());
    info.setProperty(u"arch"_s, nodeArch());
    info.setProperty(u"execPath"_s, QCoreApplication::applicationFilePath());
    info.setProperty(u"version"_s, QStringLiteral(NETBENCH_VERSION));
    info.setProperty(u"qtVersion"_s, QString::fromLatin1(qVersion()));
    const RunOptions &options = m_runtime->options();
    info.setProperty(u"scriptPath"_s, options.scriptPath);
    info.setProperty(u"arguments"_s, engine->toScriptValue(options.arguments));
    QJSValue env = engine->newObject();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys)
        env.setProperty(key, environment.value(key));
    info.setProperty(u"env"_s, env);
    return info;
}

QJSValue NativeHost::memoryUsage() const
{
    QJSValue usage = m_runtime->engine()->newObject();
    usage.setProperty(u"rss"_s, double(residentSetSize()));
    return usage;
}

QString NativeHost::cwd() const
{
    return QDir::currentPath();
}

QString NativeHost::tmpdir() const
{
    return QDir::cleanPath(QDir::tempPath());
}

QString NativeHost::hostname() const
{
    return QHostInfo::localHostName();
}

} // namespace script
