#include "enginethread.h"

#include "net/epolleventdispatcher.h"

#include <QCoreApplication>

#include <future>

namespace session {

namespace {

// Runs cleanUp on thread once its loops have ended (QThread::finished is emitted there), then
// the deletions still deferred there; the future says when all of it is done. QThread::wait()
// waits inside Qt, which is not built with TSan: what the thread did last (its inbox's queue,
// the host's members) would be taken for a race with what the waiting thread deletes next.
std::future<void> whenFinished(QThread &thread, std::function<void()> cleanUp)
{
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> finished = done->get_future();
    QObject::connect(
            &thread, &QThread::finished, &thread,
            [done, cleanUp = std::move(cleanUp)] {
                cleanUp();
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                done->set_value();
            },
            Qt::DirectConnection);
    return finished;
}

} // namespace

EngineThread::EngineThread(const trace::RecorderOptions &options, QObject *parent)
    : QObject(parent)
    , m_recorder(options)
{
    m_engineThread.setObjectName(QStringLiteral("netbench engine"));
    m_scriptThread.setObjectName(QStringLiteral("netbench script"));

    m_engine = new Engine(m_recorder, m_registry);
    m_engine->moveToThread(&m_engineThread);
    m_engineInbox = new ThreadInbox;
    m_engineInbox->moveToThread(&m_engineThread);
    m_scriptHost = new ScriptHost(m_recorder, m_registry);
    m_scriptHost->moveToThread(&m_scriptThread);
    m_scriptInbox = new ThreadInbox;
    m_scriptInbox->moveToThread(&m_scriptThread);
    connect(m_scriptHost, &ScriptHost::started, this, [this] { m_scriptQueued = false; });
    connect(m_scriptHost, &ScriptHost::finished, this, [this] { m_scriptQueued = false; });

    // Network-only threads run on netcore's epoll dispatcher (NETBENCH_EVENT_DISPATCHER=qt: Qt's).
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        m_engineThread.setEventDispatcher(dispatcher);
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        m_scriptThread.setEventDispatcher(dispatcher);
    m_engineThread.start();
    m_scriptThread.start();
    // Both observers are installed before any command can run: posted calls keep their order.
    m_engineInbox->post([engine = m_engine] { engine->attachToThread(); });
    m_scriptInbox->post([host = m_scriptHost] { host->attachToThread(); });
}

EngineThread::~EngineThread()
{
    // A running script runs a loop of its own inside ScriptHost::run(), and that loop takes
    // posted calls too: a host deleted by one would be pulled from under run() (a lesson
    // window closed mid-step crashed in ScriptHost::output). So the host goes on its thread
    // once every loop there has ended: stop() ends the script, quit() the loops.
    std::future<void> scriptEnded
            = whenFinished(m_scriptThread, [host = m_scriptHost, inbox = m_scriptInbox] {
                  host->detachFromThread();
                  delete host;
                  delete inbox;
              });
    std::future<void> engineEnded
            = whenFinished(m_engineThread, [inbox = m_engineInbox] { delete inbox; });
    m_scriptHost->stop();
    m_engineInbox->postAndWait([engine = m_engine] {
        engine->detachFromThread();
        delete engine;
    });
    m_scriptThread.quit();
    m_engineThread.quit();
    scriptEnded.wait();
    engineEnded.wait();
    m_scriptThread.wait();
    m_engineThread.wait();
}

void EngineThread::post(std::function<void(Engine &)> command)
{
    m_engineInbox->post([engine = m_engine, command = std::move(command)] { command(*engine); });
}

bool EngineThread::runScript(const QString &path, const QStringList &arguments)
{
    if (isScriptRunning())
        return false;
    m_scriptQueued = true;
    m_scriptInbox->post([host = m_scriptHost, path, arguments] { host->run(path, arguments); });
    return true;
}

} // namespace session
