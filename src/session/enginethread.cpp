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
    m_scriptHost = new ScriptHost(m_recorder, m_registry);
    m_scriptHost->moveToThread(&m_scriptThread);
    connect(m_scriptHost, &ScriptHost::started, this, [this] { m_scriptQueued = false; });
    connect(m_scriptHost, &ScriptHost::finished, this, [this] { m_scriptQueued = false; });

    // Network-only threads: NETBENCH_EVENT_DISPATCHER=epoll runs them on netcore's dispatcher.
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        m_engineThread.setEventDispatcher(dispatcher);
    if (QAbstractEventDispatcher *dispatcher = netcore::EpollEventDispatcher::createIfChosen())
        m_scriptThread.setEventDispatcher(dispatcher);
    m_engineThread.start();
    m_scriptThread.start();
    // Both observers are installed before any command can run: posted events keep their order.
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->attachToThread(); });
    QMetaObject::invokeMethod(m_scriptHost, [host = m_scriptHost] { host->attachToThread(); });
}

EngineThread::~EngineThread()
{
    m_scriptHost->stop();
    QMetaObject::invokeMethod(
            m_scriptHost,
            [host = m_scriptHost] {
                host->detachFromThread();
                delete host;
            },
            Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine] {
                engine->detachFromThread();
                delete engine;
            },
            Qt::BlockingQueuedConnection);
    m_scriptThread.quit();
    m_engineThread.quit();
    m_scriptThread.wait();
    m_engineThread.wait();
}

void EngineThread::post(std::function<void(Engine &)> command)
{
    QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, command = std::move(command)] { command(*engine); },
            Qt::QueuedConnection);
}

bool EngineThread::runScript(const QString &path, const QStringList &arguments)
{
    if (isScriptRunning())
        return false;
    m_scriptQueued = true;
    QMetaObject::invokeMethod(
            m_scriptHost, [host = m_scriptHost, path, arguments] { host->run(path, arguments); },
            Qt::QueuedConnection);
    return true;
}

} // namespace session
