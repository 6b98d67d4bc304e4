#pragma once

#include "trace/tracerecord.h"

#include <QHash>
#include <QList>

namespace gui {

// Which socket is at the other end of which, when both ends are in the trace: a client and
// the socket a server accepted for it. Built from records only (a client's 'connect' and a
// server's 'connection'), so it works for any trace: the window's peer conversation and the
// sequence diagram's lanes use it. TCP ends mirror each other's addresses;
// a Unix client has no name of its own, so the n-th client connected to a path is taken to be
// the n-th connection its server accepted that neither matched yet.
class ConnectionPeers final
{
public:
    void apply(const QList<trace::TraceRecord> &records);
    // Only a client's 'connect' and a server's 'connection' can pair; other records pass.
    void apply(const trace::TraceRecord &record);
    void clear();
    quint64 peerOf(quint64 id) const { return m_peers.value(id); } // 0: not in the trace

    struct End // one socket's end of a connection, as its record names it
    {
        quint64 id = 0;
        trace::TraceAddress local, remote;
    };

private:
    void pairWithWaiting(const End &end, QList<End> *waiting, QList<End> *others, bool unixByOrder);

    QHash<quint64, quint64> m_peers;
    QList<End> m_clients;  // connected, no peer yet
    QList<End> m_accepted; // accepted, no peer yet
};

} // namespace gui
