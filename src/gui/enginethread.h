#pragma once

#include "engine.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace gui {

// Owns the engine thread and the Engine on it (ARCHITECTURE.md, decision 3). GUI code talks to
// the engine only through post(), which queues a call on the engine thread and returns at once:
//     engineThread->post([id](Engine &e) { e.setNoDelay(id, true); });
// Connect to engine()'s signals for answers; they arrive queued on the GUI thread.
class EngineThread final : public QObject
{
    Q_OBJECT
public:
    explicit EngineThread(const trace::RecorderOptions &options = {}, QObject *parent = nullptr);
    ~EngineThread() override; // stops the script, closes everything, joins the thread

    Engine *engine() const { return m_engine; }
    const trace::TraceRecorder &recorder() const { return m_engine->recorder(); }

    void post(std::function<void(Engine &)> command);

private:
    QThread m_thread;
    Engine *m_engine = nullptr;
};

} // namespace gui
