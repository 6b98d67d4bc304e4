#pragma once

#include "endpointregistry.h"
#include "engine.h"
#include "scripthost.h"
#include "threadinbox.h"

#include "trace/tracerecorder.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace session {

// The network side of the window (ARCHITECTURE.md, decision 3): the recorder, the engine
// thread with the Engine on it, and the script thread with the ScriptHost. GUI code talks to
// the engine only through post(), which queues a call on the engine thread and returns at once:
//     engineThread->post([id](Engine &e) { e.setNoDelay(id, true); });
// Connect to engine()'s and scriptHost()'s signals for answers; they arrive queued.
class EngineThread final : public QObject
{
    Q_OBJECT
public:
    explicit EngineThread(const trace::RecorderOptions &options = {}, QObject *parent = nullptr);
    ~EngineThread() override; // stops the script, closes everything, joins both threads

    Engine *engine() const { return m_engine; }
    ScriptHost *scriptHost() const { return m_scriptHost; }
    // Its read functions are thread-safe: the GUI pulls records and transcripts from it.
    const trace::TraceRecorder &recorder() const { return m_recorder; }
    const EndpointRegistry &registry() const { return m_registry; }

    void post(std::function<void(Engine &)> command);

    // false (and nothing happens) while a script is already running.
    bool runScript(const QString &path, const QStringList &arguments = {});
    void stopScript() { m_scriptHost->stop(); }
    bool isScriptRunning() const { return m_scriptHost->isRunning() || m_scriptQueued; }

private:
    trace::TraceRecorder m_recorder;
    EndpointRegistry m_registry;
    QThread m_engineThread;
    QThread m_scriptThread;
    // Every call to the engine and to the script host goes through these (see ThreadInbox).
    ThreadInbox *m_engineInbox = nullptr;
    ThreadInbox *m_scriptInbox = nullptr;
    Engine *m_engine = nullptr;
    ScriptHost *m_scriptHost = nullptr;
    bool m_scriptQueued = false; // between runScript() and started()
};

} // namespace session
