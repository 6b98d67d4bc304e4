#pragma once

#include "eventpoller.h"
#include "handletracker.h"
#include "neterror.h"
#include "netobserver.h"
#include "options.h"
#include "socket.h"
#include "socketaddress.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

#include <functional>

namespace netcore {

// Node's net.Server over a raw listening TCP or Unix domain socket.
//
// Accepted sockets are children of the server until someone reparents them; each is handed
// out once through newConnection(). listen() refuses bad arguments at the call; everything
// else (listening, EADDRINUSE, ...) arrives as signals on a later turn of the loop.
class Server final : public QObject, private PollClient
{
    Q_OBJECT
public:
    using CloseCallback = std::function<void(const NetError &error)>;
    using ConnectionsCallback = std::function<void(const NetError &error, int count)>;

    explicit Server(QObject *parent = nullptr);
    explicit Server(const ServerOptions &options, QObject *parent = nullptr);
    ~Server() override;

    NetError listen(const ListenOptions &options);
    NetError listen(int port = 0, const QString &host = {}, int backlog = DefaultBacklog);
    NetError listenOnPath(const QString &path, int backlog = DefaultBacklog);

    // Stops accepting, as Node's: closed() follows on a later turn once no accepted
    // connection is left (and no new listen() came first), and each close() that finds none
    // queues one. callback is a one-shot listener of the next closed(); it gets
    // ERR_SERVER_NOT_RUNNING if the server was not listening. A listen() still resolving its
    // host is abandoned.
    void close(CloseCallback callback = {});

    bool isListening() const { return m_fd >= 0; }
    // listen() accepted, the address not bound yet (its host is being resolved).
    bool isStarting() const { return m_starting; }
    // Nothing will be emitted before the next call: not listening or starting, no connection
    // left to count down, nothing queued for a later turn.
    bool isIdle() const;
    SocketAddress address() const { return m_address; }

    int connectionCount() const { return m_connections; }
    void getConnections(const ConnectionsCallback &callback);

    // -1: no limit (Node's undefined). Connections over the limit are closed at once and
    // reported by dropped().
    int maxConnections() const { return m_maxConnections; }
    void setMaxConnections(int max) { m_maxConnections = max; }

    // Connections closed unserved because the process was out of descriptors (EMFILE).
    qint64 shedConnectionCount() const { return m_shedConnections; }

    void ref();
    void unref();
    bool hasRef() const { return m_referenced; }

    ServerOptions options() const { return m_options; }
    int fd() const { return m_fd; }
    // Unique within the process; the trace's endpoint id.
    quint64 id() const { return m_id; }

Q_SIGNALS:
    void listening();
    void newConnection(netcore::Socket *socket);
    // Node's 'drop': a connection closed because maxConnections was reached.
    void dropped(const netcore::SocketAddress &local, const netcore::SocketAddress &remote);
    void errorOccurred(const netcore::NetError &error);
    void closed();
    // netbench's own, no Node event (Node's server says nothing: libuv sheds the connections
    // silently). accept() failed for want of descriptors (EMFILE, ENFILE) or memory (ENOBUFS,
    // ENOMEM): emitted once when such a shortage begins, not again until a connection has
    // been accepted since. Meanwhile the server keeps listening; waiting connections are
    // accepted and closed at once (counted by shedConnectionCount()), or, without a spare
    // descriptor, the listener rests briefly between tries.
    void acceptStalled(const netcore::NetError &error);

private:
    NetError validate(const ListenOptions &options) const;
    void startListening(const ListenOptions &options);
    NetError openTcpListener(const ListenOptions &options, const QString &host);
    NetError openUnixListener(const ListenOptions &options);
    NetError adoptListeningFd(const ListenOptions &options);
    void pollEvent(std::uint32_t events) override;
    void timerEvent(QTimerEvent *event) override;
    void acceptPending();
    void onAcceptShortage(int error);
    friend class Socket;
    // An accepted socket was torn down or deleted. Called before its 'close' is queued, so the
    // server's 'close' comes first, as in Node.
    void onConnectionClosed();
    void stopListening();
    // Node's _emitCloseIfDrained(): queues closed() when neither a listener nor a connection
    // is left.
    void emitCloseIfDrained();
    void updateTracking();
    template<typename Fn> void later(Fn &&fn);
    template<typename Fill> void notify(NetEvent event, Fill &&fill);

    quint64 m_id = nextEndpointId();
    ServerOptions m_options;
    int m_fd = -1;
    bool m_starting = false; // listen() accepted, the bind happens on a later turn
    bool m_referenced = true;
    bool m_ownsPath = false;      // unlink the socket file on close
    bool m_acceptStalled = false; // acceptStalled() reported, no connection accepted since
    quint64 m_listenId = 0;       // Node's _listeningId: close() abandons a listen still starting
    int m_connections = 0;
    int m_maxConnections = -1;
    int m_queuedDeliveries = 0; // later() calls not run yet
    qint64 m_shedConnections = 0;
    SocketAddress m_address;
    QList<CloseCallback> m_closeCallbacks;
    QBasicTimer m_acceptPause; // the listener rests while no descriptor can be had
    TrackedHandle m_tracked;
};

} // namespace netcore
