#include "runtime.h"

#include "bridge.h"
#include "nativehost.h"
#include "netbinding.h"

#include <net/handletracker.h>

#include <QJSEngine>
#include <QLoggingCategory>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The built-in modules' bytecode, made at build time (src/script/CMakeLists.txt). Calling its
// loader keeps the linker from leaving it out of the static library. Outside the namespace:
// Q_INIT_RESOURCE declares the loader's function where it is called.
static void registerPrecompiledModules()
{
    Q_INIT_RESOURCE(nbscript_bytecode);
}

namespace script {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

// The engine's compiler warns on stderr about code that is valid JavaScript (a variable used
// in a closure before its declaration); scripts should not see that.
void filterEngineWarnings(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0)
        category->setEnabled(QtWarningMsg, false);
}

void installWarningFilter()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(filterEngineWarnings);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

Runtime::Runtime(const RunOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_engine(std::make_unique<QJSEngine>())
{
    installWarningFilter();
    registerPrecompiledModules();
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Runtime::runTimers);
    connect(netcore::HandleTracker::forCurrentThread(), &netcore::HandleTracker::becameIdle, this,
            &Runtime::checkAlive);
    m_native = new NativeHost(this);
    m_net = new NetBinding(this);
    QJSEngine::setObjectOwnership(m_native, QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(m_net, QJSEngine::CppOwnership);
}

Runtime::~Runtime()
{
    // The engine owns the bridges (and through them every Server and Socket the script made):
    // they go first, while everything they point at still exists.
    m_runMain = m_dispatch = m_runTimers = m_runImmediates = QJSValue();
    m_hasPendingWork = m_beforeExit = m_emitExit = QJSValue();
    m_dispatchArgs.clear();
    if (m_engineBroken) {
        // Its heap leaks: destroying it could crash. The script's sockets and servers close
        // all the same (the window goes on; they must not stay open for ever).
        const QList<Bridge *> bridges(m_bridges.cbegin(), m_bridges.cend());
        qDeleteAll(bridges);
        (void)m_engine.release();
    }
    m_engine.reset();
    delete m_native;
    delete m_net;
}

int Runtime::run()
{
    if (m_options.stopHandle)
        m_options.stopHandle->attach(this);
    const MemoryGuard::Limits limits = MemoryGuard::limitsFor(m_options.maxMemory);
    m_memoryGuard = std::make_unique<MemoryGuard>(
            limits,
            [this, limits](const MemoryGuard::Usage &usage) { memoryExceeded(limits, usage); });
    int code = 0;
    try {
        code = runLoop();
    } catch (const std::bad_alloc &) {
        // From netcore or Qt under the loop (a read buffer, an event): nothing JS can catch.
        outOfMemory("an allocation failed");
        code = m_exitCode;
    }
    m_memoryGuard.reset();
    if (m_options.stopHandle)
        m_options.stopHandle->detach();
    return code;
}

void Runtime::requestStop(int exitCode, const QByteArray &report)
{
    {
        QMutexLocker lock(&m_stopMutex);
        if (m_stopRequested.load())
            return;
        m_stopExitCode = exitCode;
        m_stopReport = report;
        m_stopRequested.store(true);
    }
    m_engine->setInterrupted(true);
    QMetaObject::invokeMethod(this, &Runtime::stopNow, Qt::QueuedConnection);
}

// On the MemoryGuard's thread.
void Runtime::memoryExceeded(const MemoryGuard::Limits &limits, const MemoryGuard::Usage &usage)
{
    constexpr qint64 MiB = 1024 * 1024;
    QByteArray detail;
    if (limits.residentBytes > 0 && usage.residentBytes > limits.residentBytes) {
        detail = "the process holds " + QByteArray::number((usage.residentBytes + MiB - 1) / MiB)
                + " MiB, over the limit of " + QByteArray::number(limits.residentBytes / MiB)
                + " MiB (netbench run --max-memory)";
    } else {
        detail = "its address space reached " + QByteArray::number(usage.addressSpaceBytes / MiB)
                + " MiB, near the process's RLIMIT_AS";
    }
    requestStop(ExitOutOfMemory, outOfMemoryReport(detail));
}

void Runtime::stopNow()
{
    if (m_finished)
        return;
    if (!m_stopReport.isEmpty())
        writeOutput(OutputChannel::StandardError, m_stopReport);
    finish(m_stopExitCode);
    m_engine->setInterrupted(true);
}

QByteArray Runtime::outOfMemoryReport(const QByteArray &detail)
{
    return "FATAL ERROR: JavaScript heap out of memory: " + detail + "; the run ends\n";
}

// An allocation failed inside the engine or under the loop: the run ends at once.
void Runtime::outOfMemory(const QByteArray &detail)
{
    m_engineBroken = true;
    if (m_finished)
        return;
    m_callDepth = 0;
    writeOutput(OutputChannel::StandardError, outOfMemoryReport(detail));
    finish(ExitOutOfMemory);
}

int Runtime::runLoop()
{
    if (!bootstrap())
        return 1;
    callEntry(m_runMain, {QJSValue(m_options.scriptPath)});
    // libuv's first pass begins with the timers that are due.
    callEntry(m_runTimers, {QJSValue(double(loopTime()))});
    checkAlive();
    if (!m_finished) {
        m_looping = true;
        m_loop.exec();
        m_looping = false;
    }
    m_timer.stop();
    return m_exitCode;
}

bool Runtime::bootstrap()
{
    const QJSValue module = m_engine->importModule(u":/netbench/script/bootstrap.mjs"_s);
    const QJSValue factory = module.property(u"default"_s);
    // Scripts are compiled with QJSEngine::evaluate(), which takes strict mode from the JS
    // function that calls it, and the runtime's own code is strict (it is ES modules). Node
    // runs scripts in sloppy mode (`x = 5` makes a global), so scripts are compiled through
    // this trampoline, made here with no JS on the stack and therefore sloppy itself.
    const QJSValue nativeObject = m_engine->newQObject(m_native);
    const QJSValue compileScript
            = m_engine->evaluate(u"(function (native) {\n"
                                 u"    return function compileScript(source, file, parameters) {\n"
                                 u"        return native.compile(source, file, parameters);\n"
                                 u"    };\n"
                                 u"})"_s)
                      .call({nativeObject});
    QJSValue entries;
    if (factory.isCallable())
        entries = factory.call({nativeObject, m_engine->newQObject(m_net), compileScript});
    if (!entries.isObject() || entries.isError()) {
        const QJSValue error = entries.isError() ? entries : module;
        writeOutput(OutputChannel::StandardError,
                    "netbench: the script runtime failed to start: " + error.toString().toUtf8()
                            + '\n' + error.property(u"stack"_s).toString().toUtf8() + '\n');
        return false;
    }
    m_runMain = entries.property(u"runMain"_s);
    m_dispatch = entries.property(u"dispatch"_s);
    m_runTimers = entries.property(u"runTimers"_s);
    m_runImmediates = entries.property(u"runImmediates"_s);
    m_hasPendingWork = entries.property(u"hasPendingWork"_s);
    m_beforeExit = entries.property(u"beforeExit"_s);
    m_emitExit = entries.property(u"emitExit"_s);
    return true;
}

QJSValue Runtime::callEntry(const QJSValue &function, const QJSValueList &args)
{
    if (m_finished)
        return {};
    ++m_callDepth;
    QJSValue result;
    try {
        result = function.call(args);
    } catch (const std::bad_alloc &) {
        // A string or array too large for malloc, thrown through the engine's frames.
        outOfMemory("an allocation of the engine failed");
        return {};
    }
    --m_callDepth;
    if (m_finished)
        return {};
    if (m_stopRequested.load()) { // the interruption surfaces here as an error: not a bug
        stopNow();
        return {};
    }
    // The entry points catch whatever the script throws; an error here is the runtime's own.
    if (result.isError()) {
        writeOutput(OutputChannel::StandardError,
                    "netbench: internal error in the script runtime: " + result.toString().toUtf8()
                            + '\n' + result.property(u"stack"_s).toString().toUtf8() + '\n');
        finish(1);
    }
    return result;
}

void Runtime::addBridge(Bridge *bridge)
{
    m_bridges.insert(bridge);
    m_bridgesById.insert(bridge->id(), bridge);
}

void Runtime::removeBridge(Bridge *bridge)
{
    m_bridges.remove(bridge);
    m_bridgesById.remove(bridge->id());
}

void Runtime::dispatch(double handleId, int event, QJSValue *args, int count)
{
    if (m_finished)
        return;
    // An event delivered while another one's JS runs (a native call that reports at once)
    // gets a list of its own.
    QJSValueList nested;
    const bool outermost = !m_dispatchArgsInUse;
    QJSValueList &all = outermost ? m_dispatchArgs : nested;
    m_dispatchArgsInUse = true;
    all.reserve(count + 2);
    all.append(QJSValue(handleId));
    all.append(QJSValue(event));
    for (int i = 0; i < count; ++i)
        all.append(std::move(args[i]));
    callEntry(m_dispatch, all);
    all.clear(); // keeps the capacity; drops the references to engine values
    if (outermost)
        m_dispatchArgsInUse = false;
    collectIfExternalBudgetSpent();
    resumeDeferredImmediates();
    checkAlive();
}

void Runtime::collectIfExternalBudgetSpent()
{
    if (m_collectPosted || m_externalBytesSinceCollect < ExternalBytesBudget)
        return;
    // From the loop itself, not from here: the socket delivering this event is on the stack.
    m_collectPosted = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_collectPosted = false;
                if (!m_finished)
                    collectExternal();
            },
            Qt::QueuedConnection);
}

void Runtime::collectExternal()
{
    m_externalBytesSinceCollect = 0;
    m_engine->collectGarbage();
    m_sharedBuffers.sweep();
}

QJSValue Runtime::allocateSharedBuffer(qsizetype size, bool zeroed)
{
    // A script allocating in a loop never returns to the loop: collect here, as V8 does when
    // external memory grows (the engine collects during allocations itself, so JS frames on
    // the stack are nothing new to it).
    noteExternalBytes(size);
    if (m_externalBytesSinceCollect >= ExternalBytesBudget)
        collectExternal();
    if (!reserveMemory(size))
        return {};
    try {
        return m_sharedBuffers.allocate(m_engine.get(), size, zeroed);
    } catch (const std::bad_alloc &) {
        return {};
    }
}

bool Runtime::reserveMemory(qint64 size)
{
    if (!m_memoryGuard || m_memoryGuard->allows(size))
        return true;
    collectExternal();
    return m_memoryGuard->allows(size, true);
}

QByteArray Runtime::bytesOf(const QJSValue &data) const
{
    if (data.isNumber())
        return m_sharedBuffers.bytes(data.toInt());
    return m_engine->fromScriptValue<QByteArray>(data); // a copy
}

int Runtime::writeOutput(OutputChannel channel, const QByteArray &bytes)
{
    if (m_options.output) {
        m_options.output(channel, bytes);
        return 0;
    }
    FILE *stream = channel == OutputChannel::StandardOutput ? stdout : stderr;
    std::fflush(stream); // what C's stdio holds goes first
    // Written directly, so that a failure is seen (and nothing stays buffered to fail again).
    const int fd = fileno(stream);
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written >= 0) {
            data += written;
            left -= written;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // Made non-blocking by whoever shares it: wait, as node's synchronous stdio does.
            pollfd ready {fd, POLLOUT, 0};
            ::poll(&ready, 1, -1);
        } else if (errno != EINTR) {
            return errno;
        }
    }
    return 0;
}

void Runtime::scheduleTimer(double delayMs)
{
    if (m_finished)
        return;
    const double clamped = std::isfinite(delayMs) ? std::clamp(delayMs, 0.0, 2147483647.0) : 0.0;
    m_timer.start(int(std::ceil(clamped)));
}

void Runtime::cancelTimer()
{
    m_timer.stop();
}

void Runtime::scheduleImmediate()
{
    if (m_immediatePosted || m_finished)
        return;
    m_immediatePosted = true;
    // A posted call runs after what Qt's loop already has queued, and never inside the
    // pass that posted it: like libuv's check phase, one batch per turn.
    QMetaObject::invokeMethod(this, &Runtime::runImmediates, Qt::QueuedConnection);
}

void Runtime::runTimers()
{
    callEntry(m_runTimers, {QJSValue(double(loopTime()))});
    resumeDeferredImmediates();
    checkAlive();
}

void Runtime::runImmediates()
{
    m_immediatePosted = false;
    const QJSValue ran = callEntry(m_runImmediates, {QJSValue(nativeHandlesAlive())});
    if (ran.isBool() && !ran.toBool())
        m_immediatesDeferred = true;
    checkAlive();
}

// Immediates that only an unref'd handle set wait until something else keeps the loop going.
void Runtime::resumeDeferredImmediates()
{
    if (m_immediatesDeferred) {
        m_immediatesDeferred = false;
        scheduleImmediate();
    }
}

void Runtime::exit(int code)
{
    if (m_finished)
        return;
    finish(code);
    // Whatever JS is running stops here, as process.exit() ends a Node process.
    m_engine->setInterrupted(true);
}

bool Runtime::nativeHandlesAlive() const
{
    if (!netcore::HandleTracker::forCurrentThread()->isIdle())
        return true;
    for (const Bridge *bridge : std::as_const(m_bridges)) {
        if (bridge->isAwaitingEvents())
            return true;
    }
    return false;
}

bool Runtime::isAlive()
{
    return nativeHandlesAlive() || callEntry(m_hasPendingWork).toBool();
}

// Called after every callback: when nothing seems left, the end is confirmed by settle().
void Runtime::checkAlive()
{
    ++m_activity;
    if (m_finished || m_callDepth > 0 || m_settlePosted)
        return;
    if (!isAlive())
        postSettle();
}

void Runtime::postSettle()
{
    m_settlePosted = true;
    m_settledActivity = m_activity;
    QMetaObject::invokeMethod(this, &Runtime::settle, Qt::QueuedConnection);
}

// Node ends when the loop has nothing left: no ref'd handle, timer or immediate, no event on
// its way (netcore counts its queued deliveries, see HandleTracker). The end is confirmed one
// turn after a callback found nothing left, so that whatever that turn had queued runs first.
// 'beforeExit' may add work, and is emitted again when the loop empties again; 'exit' may not.
void Runtime::settle()
{
    m_settlePosted = false;
    if (m_finished)
        return;
    const bool alive = isAlive();
    if (alive || m_activity != m_settledActivity) {
        // Callbacks ran since: the loop is not empty yet, or empties again later.
        m_beforeExitEmitted = false;
        if (!alive)
            postSettle();
        return;
    }
    if (!m_beforeExitEmitted) {
        m_beforeExitEmitted = true;
        callEntry(m_beforeExit);
        if (!m_finished)
            postSettle();
        return;
    }
    const QJSValue code = callEntry(m_emitExit);
    if (!m_finished)
        finish(code.toInt());
}

void Runtime::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_timer.stop();
    if (m_looping)
        m_loop.exit(code);
}

} // namespace script
