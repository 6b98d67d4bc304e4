#include "threadobserver.h"

#include "endpointregistry.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

namespace session {

ThreadObserver::ThreadObserver(trace::TraceRecorder &recorder, EndpointRegistry &registry,
                               QObject *context, Appeared appeared)
    : m_recorder(recorder)
    , m_registry(registry)
    , m_context(context)
    , m_appeared(std::move(appeared))
{ }

ThreadObserver::~ThreadObserver() = default;

void ThreadObserver::install()
{
    netcore::NetObserver::install(this);
}

void ThreadObserver::uninstall()
{
    if (netcore::NetObserver::current() == this)
        netcore::NetObserver::install(nullptr);
}

void ThreadObserver::observe(const netcore::NetRecord &record)
{
    m_recorder.observe(record);
    if (record.source && !m_known.contains(record.endpointId))
        adopt(record.source, record.endpointId, record.kind);
}

void ThreadObserver::adopt(QObject *object, quint64 id, netcore::EndpointKind kind,
                           quint64 parentId)
{
    m_known.insert(id);
    if (!m_registry.add(id, object, &m_inbox, kind, parentId))
        return;
    QObject::connect(object, &QObject::destroyed, &m_removals, [this, id] {
        m_known.remove(id);
        m_registry.remove(id);
    });
    if (auto *server = qobject_cast<netcore::Server *>(object)) {
        QObject::connect(server, &netcore::Server::newConnection, m_context,
                         [this, server](netcore::Socket *socket) {
                             adopt(socket, socket->id(), netcore::EndpointKind::Socket,
                                   server->id());
                         });
    }
    if (m_appeared)
        m_appeared(id, kind, parentId);
}

} // namespace session
