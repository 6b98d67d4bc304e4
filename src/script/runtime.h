#pragma once

#include "memoryguard.h"
#include "scriptrunner.h"
#include "sharedbuffers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJSValue>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class QJSEngine;

namespace script {

class Bridge;
class NativeHost;
class NetBinding;

// One script run: the engine, Node's loop rules on top of Qt's event loop, and the end of the
// run. The JS half of the loop (nextTick queue, microtasks, timers, immediates, the callback
// rule) lives in js/internal/loop.js; this class drives it from Qt's loop and decides, as
// libuv's uv_loop_alive() does, when nothing is left to wait for.
class Runtime final : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(const RunOptions &options, QObject *parent = nullptr);
    ~Runtime() override;

    // Loads the script and runs the loop until the script is done; returns the exit code.
    int run();

    QJSEngine *engine() const { return m_engine.get(); }
    const RunOptions &options() const { return m_options; }

    // Delivers an event of a native object (a Bridge) to its JS wrapper, as one macrotask:
    // the nextTick queue and the microtasks run after it. event is a script::Event; the count
    // values in args are moved from.
    void dispatch(double handleId, int event, QJSValue *args, int count);
    // Bytes handed to JS in ArrayBuffers the engine's collector does not count (received
    // chunks). Past a budget the runtime collects garbage between two events, so dropped
    // chunks are freed while their pages are still warm instead of the heap growing by
    // hundreds of MiB of fresh pages (what V8 does with external memory in node).
    void noteExternalBytes(qint64 count) { m_externalBytesSinceCollect += count; }

    // Buffer.alloc() of a larger size: [ArrayBuffer, id] with bytes shared with C++; undefined
    // when the memory is not there (past the run's limit, or malloc failed).
    QJSValue allocateSharedBuffer(qsizetype size, bool zeroed);
    // Whether size bytes more fit in the run's memory limit, after collecting garbage if they
    // do not at first (as V8 collects before it fails an ArrayBuffer's allocation).
    bool reserveMemory(qint64 size);
    // What JS passes to a native write: a shared buffer's id (no copy) or an ArrayBuffer.
    QByteArray bytesOf(const QJSValue &data) const;
    SharedBuffers &sharedBuffers() { return m_sharedBuffers; }

    void addBridge(Bridge *bridge);
    void removeBridge(Bridge *bridge);
    Bridge *bridge(double id) const { return m_bridgesById.value(quint64(id)); }

    // To RunOptions::output, or else the process's stdout/stderr: then 0 or the errno of the
    // write that failed (EPIPE, ENOSPC, ...), which process.stdout reports as node does.
    int writeOutput(OutputChannel channel, const QByteArray &bytes);

    // Called from JS (through NativeHost).
    qint64 loopTime() const { return m_clock.elapsed(); }
    qint64 uptimeNanoseconds() const { return m_clock.nsecsElapsed(); }
    void scheduleTimer(double delayMs);
    void cancelTimer();
    void scheduleImmediate();
    // process.exit(): stops JS at once (the engine is interrupted) and ends the run.
    void exit(int code);
    bool isFinished() const { return m_finished; }
    // Any thread (through StopHandle, or the MemoryGuard): interrupts JS now, ends the run with
    // exitCode on its own thread, after writing report to stderr. The first request wins.
    void requestStop(int exitCode, const QByteArray &report = {});

    // What the run exits with when it runs out of memory: node's status when V8 aborts at
    // its heap limit (but netbench exits, it does not abort).
    static constexpr int ExitOutOfMemory = 134;

private:
    int runLoop();
    void stopNow();
    void memoryExceeded(const MemoryGuard::Limits &limits, const MemoryGuard::Usage &usage);
    void outOfMemory(const QByteArray &detail);
    static QByteArray outOfMemoryReport(const QByteArray &detail);
    bool bootstrap();
    QJSValue callEntry(const QJSValue &function, const QJSValueList &args = {});
    void runTimers();
    void runImmediates();
    void checkAlive();
    void collectIfExternalBudgetSpent();
    void collectExternal();
    void postSettle();
    void resumeDeferredImmediates();
    bool nativeHandlesAlive() const;
    void settle();
    bool isAlive();
    void finish(int code);

    RunOptions m_options;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    QTimer m_timer;
    QSet<Bridge *> m_bridges;
    QHash<quint64, Bridge *> m_bridgesById;
    // The argument list of the outermost dispatch(), kept so that an event allocates no list.
    QJSValueList m_dispatchArgs;
    bool m_dispatchArgsInUse = false;
    SharedBuffers m_sharedBuffers;
    std::unique_ptr<QJSEngine> m_engine;
    NativeHost *m_native = nullptr;
    NetBinding *m_net = nullptr;
    // Entry points into the JS half of the loop (js/bootstrap.js returns them).
    QJSValue m_runMain;
    QJSValue m_dispatch;
    QJSValue m_runTimers;
    QJSValue m_runImmediates;
    QJSValue m_hasPendingWork;
    QJSValue m_beforeExit;
    QJSValue m_emitExit;
    static constexpr qint64 ExternalBytesBudget = 32 * 1024 * 1024;
    qint64 m_externalBytesSinceCollect = 0;
    bool m_collectPosted = false;
    int m_callDepth = 0; // JS calls in progress (events can nest inside them)
    bool m_immediatePosted = false;
    bool m_immediatesDeferred = false;
    quint64 m_activity = 0;        // callbacks run so far
    quint64 m_settledActivity = 0; // ... when settle() was posted
    bool m_settlePosted = false;
    bool m_beforeExitEmitted = false;
    bool m_finished = false;
    QMutex m_stopMutex;
    std::atomic<bool> m_stopRequested = false;
    int m_stopExitCode = 130; // written before m_stopRequested, read after
    QByteArray m_stopReport;  // likewise
    std::unique_ptr<MemoryGuard> m_memoryGuard;
    // An allocation failed inside the engine (std::bad_alloc through its frames): its state is
    // not to be trusted, no more JS runs and it is not destroyed.
    bool m_engineBroken = false;
    bool m_looping = false;
    int m_exitCode = 0;
};

} // namespace script
