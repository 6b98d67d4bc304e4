#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace trace {
class TraceRecorder;
}
namespace script {
class ScriptInput;
class StopHandle;
} // namespace script

namespace session {

class EndpointRegistry;
class ThreadObserver;

// Runs Node-style scripts for the window's script console, on a thread of their own: a
// script's process lifetime counts only its own handles (as under `netbench run`), never the
// window's listeners. Its endpoints are recorded into the window's recorder and registered, so
// they appear in the tree and can be inspected and controlled.
class ScriptHost final : public QObject
{
    Q_OBJECT
public:
    ScriptHost(trace::TraceRecorder &recorder, EndpointRegistry &registry,
               QObject *parent = nullptr);
    ~ScriptHost() override;

    void attachToThread(); // on the script thread, once
    void detachFromThread();

    // On the script thread: runs until the script ends (its own nested loop).
    void run(const QString &path, const QStringList &arguments);
    // Any thread. Ends the running script with exit code 130; no-op when none runs.
    void stop();
    bool isRunning() const;
    // Any thread: bytes for the running script's process.stdin (the Lessons panel's Next);
    // dropped when no script runs.
    void writeInput(const QByteArray &bytes);
    // Any thread, for the runs that start after: the most memory (bytes) the process may hold
    // while a script runs (script::RunOptions::maxMemory; 0 for its default). Past it the
    // script's run ends with 134 and a report in its output; the window goes on.
    void setMaxMemory(qint64 bytes) { m_maxMemory.store(bytes); }

Q_SIGNALS:
    void started(const QString &path);
    void output(bool isError, const QByteArray &bytes);
    void finished(int exitCode);

private:
    std::unique_ptr<ThreadObserver> m_observer;
    trace::TraceRecorder &m_recorder;
    EndpointRegistry &m_registry;
    mutable QMutex m_stopMutex;
    std::shared_ptr<script::StopHandle> m_stop;   // set while a script runs
    std::shared_ptr<script::ScriptInput> m_input; // set while a script runs
    std::atomic<qint64> m_maxMemory = 0;
};

} // namespace session
