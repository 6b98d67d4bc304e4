#pragma once

#include "net/netobserver.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>

namespace netcore {
class Server;
class Socket;
} // namespace netcore

namespace session {

class ThreadInbox;

// Every Server and Socket the window can control, by endpoint id, whichever thread runs it
// (the engine thread for the window's own, the script thread for a script's). Thread-safe.
//
// A command never touches an object from another thread: run() posts it to the inbox of the
// endpoint's thread, which looks the endpoint up again there, so an endpoint deleted in the
// meantime is simply not found.
class EndpointRegistry final
{
public:
    struct Entry
    {
        QPointer<QObject> object;
        ThreadInbox *inbox = nullptr; // lives as long as the thread's observer: safe to post to
        netcore::EndpointKind kind = netcore::EndpointKind::Socket;
        quint64 parentId = 0; // the accepting server, for accepted sockets
    };

    // false when id was already known.
    bool add(quint64 id, QObject *object, ThreadInbox *inbox, netcore::EndpointKind kind,
             quint64 parentId = 0);
    // An endpoint leaves when its object is deleted (ThreadObserver).
    void remove(quint64 id);
    bool contains(quint64 id) const;
    QList<quint64> ids() const;
    qsizetype size() const;

    // On the endpoint's thread, later: fn(server) or fn(socket), or missing() when the
    // endpoint is unknown or gone (on the calling thread, at once, when unknown).
    void runOnServer(quint64 id, std::function<void(netcore::Server *)> fn,
                     std::function<void()> missing = {}) const;
    void runOnSocket(quint64 id, std::function<void(netcore::Socket *)> fn,
                     std::function<void()> missing = {}) const;

    // Only on the endpoint's own thread.
    netcore::Server *server(quint64 id) const;
    netcore::Socket *socket(quint64 id) const;

private:
    ThreadInbox *inboxOf(quint64 id) const;
    template<typename Endpoint>
    void runOn(quint64 id, Endpoint *(EndpointRegistry::*lookup)(quint64) const,
               std::function<void(Endpoint *)> fn, std::function<void()> missing) const;

    mutable QMutex m_mutex;
    QHash<quint64, Entry> m_entries;
};

} // namespace session
