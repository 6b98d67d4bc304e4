#pragma once

#include "modulesandbox.h"

#include <QByteArray>
#include <QHash>
#include <QJSValue>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace script {

class Runtime;

// What the runtime's own JS (js/*.js) needs from C++: output, Node's encodings, the clock and
// the loop, compiling module code, and the few read-only facts about the process. Scripts
// never see this object; bootstrap.js keeps it private. File access is limited to what
// require() needs, and only inside the sandbox: .js and .json regular files in the main
// script's folder tree (see ModuleSandbox).
class NativeHost final : public QObject
{
    Q_OBJECT
public:
    explicit NativeHost(Runtime *runtime);

    // console and process.stdout/stderr; channel 1 or 2. null, or what failed:
    // {errno, code, description, file} (file: a file or device, which node writes with fs;
    // else a pipe, socket or terminal, a libuv stream), for js/internal/process.js's error.
    Q_INVOKABLE QJSValue write(int channel, const QString &text);
    Q_INVOKABLE QJSValue writeBytes(int channel, const QByteArray &bytes);

    // Buffer's string conversions, by netcore's rules (Node's exactly). encoding is a name
    // Buffer.isEncoding() accepted.
    Q_INVOKABLE QByteArray encode(const QString &text, const QString &encoding) const;
    Q_INVOKABLE QString decode(const QByteArray &bytes, const QString &encoding) const;
    // The state of a string_decoder StringDecoder and of a TextDecoder (streamdecoders.h),
    // owned by the engine. encoding is a name their constructors accepted.
    Q_INVOKABLE QJSValue newStringDecoder(const QString &encoding);
    Q_INVOKABLE QJSValue newTextDecoder(const QString &encoding);
    // [ArrayBuffer, id] for Buffer.alloc()/allocUnsafe() of a larger size: bytes shared with
    // C++, so that writing them to a socket copies nothing (see SharedBuffers). undefined when
    // the memory is not there.
    Q_INVOKABLE QJSValue allocateBuffer(double size, bool zeroed);
    // Whether an ArrayBuffer of size bytes fits in the run's memory limit.
    Q_INVOKABLE bool reserveMemory(double size);
    // buf.fill() of such a buffer: bytes [from, to) get value (a byte, 0-255, or the bytes of
    // an ArrayBuffer repeated). False when the id or range is not a shared buffer's.
    Q_INVOKABLE bool fillBuffer(int id, double from, double to, const QJSValue &value);

    // The loop.
    Q_INVOKABLE double now() const;
    Q_INVOKABLE QJSValue hrtime() const; // [seconds, nanoseconds] of a monotonic clock
    Q_INVOKABLE void scheduleTimer(double delayMs);
    Q_INVOKABLE void cancelTimer();
    Q_INVOKABLE void scheduleImmediate();
    Q_INVOKABLE void exit(int code);

    // Modules. compile() returns the function, or {message, line, column} for a syntax error.
    Q_INVOKABLE QJSValue compile(const QString &source, const QString &fileName,
                                 const QStringList &parameters);
    // The function of one of the runtime's own modules (js/<name>.js), or undefined.
    Q_INVOKABLE QJSValue loadBuiltin(const QString &name) const;
    // The sandbox's folder: the main script's, canonical.
    Q_INVOKABLE QString moduleRoot() const;
    // What require() may do with path: {kind, realPath}; kind is a ModuleSandbox::Verdict
    // name ('file', 'directory', 'missing', 'outside', 'notRegular', 'wrongExtension').
    Q_INVOKABLE QJSValue modulePath(const QString &path) const;
    // The source of a module file the sandbox allows, or {refused: verdict name, size}
    // ('tooLarge' past ModuleSandbox::MaxFileSize).
    Q_INVOKABLE QJSValue readModuleFile(const QString &path) const;
    Q_INVOKABLE QString realPath(const QString &path) const;
    Q_INVOKABLE QString sourceLine(const QString &fileName, int line) const;

    // process and os.
    Q_INVOKABLE QJSValue processInfo() const;
    // process.stdin's native half (an InputBridge) when the host gave the run an input, else
    // null.
    Q_INVOKABLE QJSValue newInput();
    Q_INVOKABLE QJSValue memoryUsage() const;
    Q_INVOKABLE QString cwd() const;
    Q_INVOKABLE QString tmpdir() const;
    Q_INVOKABLE QString hostname() const;

    // decode()'s result, or Node's ERR_MEMORY_ALLOCATION_FAILED thrown into the script (and an
    // empty string) when the text of inputBytes bytes does not fit in the run's memory.
    QString decodeWithinMemory(qint64 inputBytes, const std::function<QString()> &decode) const;

private:
    bool fitsInMemory(qint64 bytes) const;
    void throwAllocationFailed() const;

    Runtime *m_runtime;
    ModuleSandbox m_sandbox;
    QHash<QString, QString> m_sources; // fileName -> source, for error reports
};

} // namespace script
