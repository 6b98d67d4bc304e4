#include "endpointregistry.h"

#include "threadinbox.h"

#include "net/server.h"
#include "net/socket.h"

namespace session {

bool EndpointRegistry::add(quint64 id, QObject *object, ThreadInbox *inbox,
                           netcore::EndpointKind kind, quint64 parentId)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(id);
    if (it != m_entries.end()) {
        if (parentId && !it->parentId)
            it->parentId = parentId;
        return false;
    }
    m_entries.insert(id, Entry {object, inbox, kind, parentId});
    return true;
}

void EndpointRegistry::remove(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(id);
}

qsizetype EndpointRegistry::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

bool EndpointRegistry::contains(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.contains(id);
}

QList<quint64> EndpointRegistry::ids() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.keys();
}

ThreadInbox *EndpointRegistry::inboxOf(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : it->inbox;
}

netcore::Server *EndpointRegistry::server(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->kind != netcore::EndpointKind::Server)
        return nullptr;
    return qobject_cast<netcore::Server *>(it->object.data());
}

netcore::Socket *EndpointRegistry::socket(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->kind != netcore::EndpointKind::Socket)
        return nullptr;
    return qobject_cast<netcore::Socket *>(it->object.data());
}

template<typename Endpoint>
void EndpointRegistry::runOn(quint64 id, Endpoint *(EndpointRegistry::*lookup)(quint64) const,
                             std::function<void(Endpoint *)> fn,
                             std::function<void()> missing) const
{
    ThreadInbox *inbox = inboxOf(id);
    if (!inbox) {
        if (missing)
            missing();
        return;
    }
    inbox->post([this, id, lookup, fn = std::move(fn), missing = std::move(missing)] {
        if (Endpoint *found = (this->*lookup)(id))
            fn(found);
        else if (missing)
            missing();
    });
}

void EndpointRegistry::runOnServer(quint64 id, std::function<void(netcore::Server *)> fn,
                                   std::function<void()> missing) const
{
    runOn(id, &EndpointRegistry::server, std::move(fn), std::move(missing));
}

void EndpointRegistry::runOnSocket(quint64 id, std::function<void(netcore::Socket *)> fn,
                                   std::function<void()> missing) const
{
    runOn(id, &EndpointRegistry::socket, std::move(fn), std::move(missing));
}

} // namespace session
