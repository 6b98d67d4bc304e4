#pragma once

#include "bridge.h"

namespace netcore {
class Server;
class Socket;
} // namespace netcore

namespace script {

// A netcore::Server seen from js/net_server.js. Accepted connections arrive as 'connection'
// with a new SocketBridge.
class ServerBridge final : public Bridge
{
    Q_OBJECT
    Q_PROPERTY(bool listening READ isListening)
    Q_PROPERTY(bool idle READ isIdle)
    Q_PROPERTY(int connectionCount READ connectionCount)
    Q_PROPERTY(int maxConnections READ maxConnections WRITE setMaxConnections)
public:
    // Takes ownership of server.
    ServerBridge(Runtime *runtime, netcore::Server *server);

    bool isAwaitingEvents() const override;

    // options: {port, host, path, fd, backlog, exclusive, ipv6Only}. Returns null, or the
    // refused call's error.
    Q_INVOKABLE QJSValue listen(const QJSValue &options);
    Q_INVOKABLE void close();
    // Delivers netcore's queued 'listening', 'error' or 'close' now: Node emits them on the
    // nextTick queue, and js/net_server.js calls this from there.
    Q_INVOKABLE void deliverPending();
    Q_INVOKABLE void ref();
    Q_INVOKABLE void unref();
    Q_INVOKABLE bool hasRef() const;
    Q_INVOKABLE QJSValue address() const;

    bool isListening() const;
    // No event can come before the script's next call (see netcore::Server::isIdle()).
    bool isIdle() const;
    int connectionCount() const;
    int maxConnections() const;
    void setMaxConnections(int max);

private:
    void onNewConnection(netcore::Socket *socket);

    netcore::Server *m_server;
};

} // namespace script
