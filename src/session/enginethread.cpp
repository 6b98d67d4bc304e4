#include "enginethread.h"

#include "net/epolleventdispatcher.h"

namespace session {

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

    // Network-only threads: NETBENCH_EVENT_DISPATCHER=epoll runs them on netcore's dispatcher.
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
    connect(
            &m_scriptThread, &QThread::finished, &m_scriptThread,
            [host = m_scriptHost] {
                host->detachFromThread();
                delete host;
            },
            Qt::DirectConnection);
    m_scriptHost->stop();
    m_engineInbox->postAndWait([engine = m_engine] {
        engine->detachFromThread();
        delete engine;
    });
    m_scriptThread.quit();
    m_engineThread.quit();
    m_scriptThread.wait();
    m_engineThread.wait();
    // Their threads have finished: calls still queued are dropped unrun.
    delete m_scriptInbox;
    delete m_engineInbox;
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
