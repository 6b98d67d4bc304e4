#pragma once

#include <QJSValue>
#include <QObject>

namespace script {

class Runtime;

// The native half of require('net'): makes the bridges js/net*.js wraps.
class NetBinding final : public QObject
{
    Q_OBJECT
public:
    explicit NetBinding(Runtime *runtime);

    // options: {fd, readable, writable}. Half-open handling is done in JS, as Node's Duplex
    // does it, so every native socket allows half-open.
    Q_INVOKABLE QJSValue createSocket(const QJSValue &options);
    // options: {pauseOnConnect, noDelay, keepAlive, keepAliveInitialDelay}.
    Q_INVOKABLE QJSValue createServer(const QJSValue &options);
    Q_INVOKABLE int isIP(const QString &input) const;
    // RunOptions::allowDescriptorAdoption; createSocket() and ServerBridge::listen() hold it too.
    Q_INVOKABLE bool mayAdoptDescriptors() const;
    // The one resolver bridge require('dns') uses.
    Q_INVOKABLE QJSValue createResolver();

    // socket.write() for the socket bridge `id`: one call, no method lookup on the bridge
    // (js/internal/net_socket.js keeps these two functions). data is an ArrayBuffer or the id
    // of a shared buffer (Runtime::bytesOf()). Returns SocketBridge::WriteStatus bits.
    Q_INVOKABLE int write(double id, const QJSValue &data, int requestId);
    Q_INVOKABLE int writeText(double id, const QString &text, const QString &encoding,
                              int requestId);
    // The bytes of corked writes joined, counted as length (Node's writev: strings by their
    // characters).
    Q_INVOKABLE int writeJoined(double id, const QJSValue &data, double length, int requestId);

private:
    Runtime *m_runtime;
};

} // namespace script
