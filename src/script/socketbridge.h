#pragma once

#include "bridge.h"

#include <net/options.h>

#include <QHash>

#include <functional>

namespace netcore {
class Socket;
}

namespace script {

// A netcore::Socket seen from js/net_socket.js. Calls are Node's, already checked and
// normalised by the JS side; events go back under Node's names ('connect', 'data', ...),
// write completions as 'write' with the request id JS chose.
class SocketBridge final : public Bridge
{
    Q_OBJECT
    Q_PROPERTY(bool connecting READ isConnecting)
    Q_PROPERTY(bool socketDestroyed READ isDestroyed)
    Q_PROPERTY(bool readable READ isReadable)
    Q_PROPERTY(bool writable READ isWritable)
    Q_PROPERTY(QString readyState READ readyState)
    Q_PROPERTY(double bufferSize READ bufferSize)
    Q_PROPERTY(double queuedBytes READ queuedBytes)
    Q_PROPERTY(double bytesRead READ bytesRead)
    Q_PROPERTY(double bytesWritten READ bytesWritten)
    Q_PROPERTY(
            double writableHighWaterMark READ writableHighWaterMark WRITE setWritableHighWaterMark)
    Q_PROPERTY(double timeout READ timeout)
    Q_PROPERTY(bool unixSocket READ isUnixSocket)
public:
    // Takes ownership of socket.
    SocketBridge(Runtime *runtime, netcore::Socket *socket);

    bool isAwaitingEvents() const override;

    // options: {port, host, localAddress, localPort, family, hints, path, noDelay, keepAlive,
    // keepAliveInitialDelay, customLookup}. Returns null, or the refused call's error.
    Q_INVOKABLE QJSValue connectTo(const QJSValue &options);
    // The answer to a 'lookupRequest' (the script's own lookup function): addresses is an
    // array of {address, family}; failed is true when the script reported an error.
    Q_INVOKABLE void lookupDone(int requestId, bool failed, const QJSValue &addresses);
    // The hot path, called through NetBinding::write() with this bridge's id. requestId < 0:
    // no 'write' event wanted. Returns WriteStatus bits.
    enum WriteStatus { BelowHighWaterMark = 1, WrittenAtOnce = 2, AlreadyDestroyed = 4 };
    int write(const QByteArray &data, int requestId);
    // write() without a callback, called as a method of this bridge that JS reads once per
    // socket: one argument to convert instead of NetBinding::write()'s three. data is an
    // ArrayBuffer or the id of a shared buffer (Runtime::bytesOf()).
    Q_INVOKABLE int writeBytes(const QJSValue &data);
    int writeText(const QString &text, const QString &encoding, int requestId);
    int writeJoined(const QByteArray &data, qint64 length, int requestId);
    Q_INVOKABLE void end(int requestId);
    // Node's pending write on 'connect': what was written while connecting goes out now.
    Q_INVOKABLE void flushQueued();
    // socket.destroy(error); error is undefined when the script passed none, else its
    // 'error' and 'close' follow. (Not named destroy(): the engine gives every QObject a
    // destroy() of its own.)
    Q_INVOKABLE void destroySocket(const QJSValue &error);
    Q_INVOKABLE void resetAndDestroy();
    Q_INVOKABLE void pause();
    // The script's pause() where Node reads on up to the high-water mark: the trace records
    // the call as it was made, and netcore's reading does not change.
    Q_INVOKABLE void recordPause();
    // pause() and resume() the runtime makes itself (its read buffer at the high-water mark,
    // Node's own stream code): the trace marks their records internal.
    Q_INVOKABLE void pauseInternally();
    Q_INVOKABLE void resumeInternally();
    Q_INVOKABLE void resume();
    // The same for a resume() that starts no reading (the socket still reads, or a 'readable'
    // listener keeps it paused).
    Q_INVOKABLE void recordResume();
    Q_INVOKABLE QJSValue setEncoding(const QString &encoding);
    Q_INVOKABLE void setKeepAlive(bool enable, double initialDelayMs);
    Q_INVOKABLE void setNoDelay(bool noDelay);
    Q_INVOKABLE QJSValue setTimeout(double ms);
    Q_INVOKABLE void ref();
    Q_INVOKABLE void unref();
    Q_INVOKABLE bool hasRef() const;
    Q_INVOKABLE QJSValue address() const;
    Q_INVOKABLE QJSValue remote() const;
    Q_INVOKABLE QJSValue kernelInfo() const;

    bool isConnecting() const;
    bool isDestroyed() const;
    bool isReadable() const;
    bool isWritable() const;
    QString readyState() const;
    // Node's writableLength: a queued string counts its characters, a Buffer its bytes.
    double bufferSize() const;
    // The bytes netcore still holds for the kernel.
    double queuedBytes() const;
    double bytesRead() const;
    double bytesWritten() const;
    double writableHighWaterMark() const;
    void setWritableHighWaterMark(double bytes);
    double timeout() const;
    bool isUnixSocket() const;

private:
    void connectSignals();
    std::function<void(const netcore::NetError &)> writeCallback(int requestId);
    int writeStatus(bool belowMark) const;
    void requestLookup(const QString &host, int family, int hints, const netcore::LookupDone &done);

    netcore::Socket *m_socket;
    QHash<int, netcore::LookupDone> m_lookups;
    QString m_lookupHost;
    int m_nextLookup = 0;
    bool m_closeDelivered = false;
    // 'close' events still owed by earlier lives of the socket: destroyed, then connected
    // again before netcore delivered their 'close'. Those come first and end nothing.
    int m_staleCloses = 0;
};

} // namespace script
