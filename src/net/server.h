#pragma once

#include "eventpoller.h"
#include "handletracker.h"
#include "neterror.h"
#include "netobserver.h"
#include "options.h"
#include "socket.h"
#include "socketaddress.h"

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

    // Stops accepting; closed() follows once every accepted connection has closed.
    // callback runs then too, or on the next turn with ERR_SERVER_NOT_RUNNING if the server
    // was not listening.
    void close(CloseCallback callback = {});

    bool isListening() const { return m_fd >= 0; }
    SocketAddress address() const { return m_address; }

    int connectionCount() const { return m_connections; }
    void getConnections(ConnectionsCallback callback);

    // -1: no limit (Node's undefined). Connections over the limit are closed at once and
    // reported by dropped().
    int maxConnections() const { return m_maxConnections; }
    void setMaxConnections(int max) { m_maxConnections = max; }

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

private:
    NetError validate(const ListenOptions &options) const;
    void startListening(const ListenOptions &options);
    NetError openTcpListener(const ListenOptions &options, const QString &host);
    NetError openUnixListener(const ListenOptions &options);
    NetError adoptListeningFd(const ListenOptions &options);
    void pollEvent(std::uint32_t events) override;
    void acceptPending();
    friend class Socket;
    // An accepted socket was torn down. Called before its 'close' is queued, so the server's
    // 'close' comes first, as in Node.
    void onConnectionClosed();
    void stopListening();
    void maybeEmitClosed();
    void updateTracking();
    template<typename Fn> void later(Fn &&fn);
    template<typename Fill> void notify(NetEvent event, Fill &&fill);

    quint64 m_id = nextEndpointId();
    ServerOptions m_options;
    int m_fd = -1;
    bool m_starting = false;   // listen() accepted, the bind happens on the next turn
    bool m_closing = false;    // close() called; closed() waits for the connections
    bool m_referenced = true;
    bool m_ownsPath = false;   // unlink the socket file on close
    int m_connections = 0;
    int m_maxConnections = -1;
    SocketAddress m_address;
    QList<CloseCallback> m_closeCallbacks;
    TrackedHandle m_tracked;
};

} // namespace netcore
