#include "connectionpeers.h"

using netcore::EndpointKind;
using netcore::NetEvent;

namespace gui {

namespace {

// "::ffff:127.0.0.1" and "127.0.0.1" are the same end when one side listens on IPv6.
QString plainAddress(const QString &address)
{
    return address.startsWith(QLatin1StringView("::ffff:")) ? address.mid(7) : address;
}

bool sameTcpEnd(const trace::TraceAddress &a, const trace::TraceAddress &b)
{
    return a.port == b.port && plainAddress(a.address) == plainAddress(b.address);
}

bool mirrors(const trace::TraceAddress &localA, const trace::TraceAddress &remoteA,
             const trace::TraceAddress &localB, const trace::TraceAddress &remoteB)
{
    return sameTcpEnd(localA, remoteB) && sameTcpEnd(remoteA, localB);
}

// A Unix connection's one name: the server's path (the client's end has none).
QString serverPath(const ConnectionPeers::End &end)
{
    return end.local.path.isEmpty() ? end.remote.path : end.local.path;
}

} // namespace

void ConnectionPeers::clear()
{
    m_peers.clear();
    m_clients.clear();
    m_accepted.clear();
}

void ConnectionPeers::apply(const QList<trace::TraceRecord> &records)
{
    for (const trace::TraceRecord &r : records)
        apply(r);
}

void ConnectionPeers::apply(const trace::TraceRecord &r)
{
    if (!r.local() || !r.remote())
        return;
    if (r.kind == EndpointKind::Socket && r.event == NetEvent::Connect)
        pairWithWaiting({r.endpointId, *r.local(), *r.remote()}, &m_accepted, &m_clients,
                        r.remote()->isUnixPath());
    else if (r.kind == EndpointKind::Server && r.event == NetEvent::Connection && r.relatedId)
        pairWithWaiting({r.relatedId, *r.local(), *r.remote()}, &m_clients, &m_accepted,
                        r.local()->isUnixPath());
}

// end has just connected (or been accepted): its peer is the first of the other side's
// waiting ends that matches; without one, end waits in *others.
void ConnectionPeers::pairWithWaiting(const End &end, QList<End> *waiting, QList<End> *others,
                                      bool unixByOrder)
{
    for (qsizetype i = 0; i < waiting->size(); ++i) {
        const End &other = waiting->at(i);
        const bool match = unixByOrder
                ? other.local.isUnixPath() && serverPath(other) == serverPath(end)
                : mirrors(end.local, end.remote, other.local, other.remote);
        if (match) {
            m_peers.insert(end.id, other.id);
            m_peers.insert(other.id, end.id);
            waiting->removeAt(i);
            return;
        }
    }
    others->append(end);
}

} // namespace gui
