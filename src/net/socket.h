#pragma once

#include "encoding.h"
#include "eventpoller.h"
#include "handletracker.h"
#include "kernelinfo.h"
#include "neterror.h"
#include "netobserver.h"
#include "options.h"
#include "socketaddress.h"
#include "writequeue.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QFlags>
#include <QObject>
#include <QPointer>

#include <memory>

namespace netcore {

class StringDecoder;
class Server;
class ConnectAttempt;

// Node's net.Socket over a raw non-blocking TCP or Unix domain socket.
//
// Events are Qt signals named for what happened (connected() is Node's 'connect', ended() is
// 'end'; src/net/README.md has the full table). No signal and no callback is delivered from
// inside the call that caused it. A Socket lives on the thread that created it.
class Socket final : public QObject, private PollClient
{
    Q_OBJECT
public:
    enum class State { Unconnected, Connecting, Open, Closed };

    // Orthogonal conditions; see readyState() for how Node's view is derived from them.
    enum class Flag : quint32 {
        Readable = 1 << 0, // the readable side has not ended
        Writable = 1 << 1, // end() has not been called
        Reading = 1 << 2,  // not paused
        ReadEof = 1 << 3,  // the peer's FIN was read
        EndEmitted = 1 << 4,
        FinSent = 1 << 5, // shutdown(SHUT_WR) done
        Referenced = 1 << 6,
        NeedDrain = 1 << 7, // write() returned false; emit drained() when the queue empties
        AllowHalfOpen = 1 << 9,
        Unix = 1 << 10,    // a Unix domain socket
        NoDelay = 1 << 11, // requested before the fd existed
        KeepAlive = 1 << 12,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    using WriteCallback = WriteQueue::Callback;

    explicit Socket(QObject *parent = nullptr);
    // new net.Socket(options). An invalid fd is reported through errorOccurred on a later turn.
    explicit Socket(const SocketOptions &options, QObject *parent = nullptr);
    ~Socket() override;

    // Starts connecting. A bad argument is returned (and nothing starts); everything else,
    // including a refused connection, arrives as signals on later turns of the loop.
    NetError connectTo(const ConnectOptions &options);
    NetError connectTo(int port, const QString &host = {});
    NetError connectToPath(const QString &path);

    // Queues data. Returns Node's answer: false when bytes wait in user memory (bufferSize()
    // at or above the high-water mark) and drained() will follow. callback runs once the
    // kernel took the bytes, or with the error that stopped them.
    bool write(const QByteArray &data, WriteCallback callback = {});
    bool write(const QString &text, Encoding encoding, WriteCallback callback = {});
    // Writes joined into one request (Node's writev of corked writes): counted toward
    // bufferSize() as length, the sum of the writes' lengths (text by its characters).
    bool writeJoined(const QByteArray &data, qint64 length, WriteCallback callback = {});
    // Once open, hands what is queued to the kernel now instead of after ready(): Node sends
    // the writes made while connecting from a 'connect' listener, so the listeners after it
    // find them written. Their callbacks and 'drain' come on a later turn, as for a write().
    void flush();
    // Half-close: FIN after the queue drains; reading goes on.
    void end();
    void end(const QByteArray &data, WriteCallback callback = {});
    void destroy();
    void destroy(const NetError &error);
    // Close with RST (SO_LINGER 0): the peer sees ECONNRESET.
    void resetAndDestroy();

    void pause();
    void resume();
    bool isPaused() const { return !m_flags.testFlag(Flag::Reading); }
    // After this, dataReceived() is replaced by textReceived() with whole characters.
    void setEncoding(Encoding encoding);
    NetError setEncoding(const QString &name);
    std::optional<Encoding> encoding() const;

    void setKeepAlive(bool enable = false, int initialDelayMs = 0);
    void setNoDelay(bool noDelay = true);
    // Idle timeout in ms, reset by reads and writes; 0 disables. Negative values are refused.
    NetError setTimeout(qint64 ms);
    qint64 timeout() const { return m_timeoutMs; }

    void ref();
    void unref();
    bool hasRef() const { return m_flags.testFlag(Flag::Referenced); }

    State state() const { return m_state; }
    Flags flags() const { return m_flags; }
    bool isConnecting() const { return m_state == State::Connecting; }
    bool isPending() const { return m_state != State::Open; }
    bool isDestroyed() const { return m_state == State::Closed; }
    bool isReadable() const;
    bool isWritable() const;
    bool allowHalfOpen() const { return m_flags.testFlag(Flag::AllowHalfOpen); }
    bool isUnixSocket() const { return m_flags.testFlag(Flag::Unix); }
    // "opening", "open", "readOnly", "writeOnly" or "closed".
    QString readyState() const;

    SocketAddress address() const { return m_local; } // socket.address()
    SocketAddress remote() const { return m_remote; }
    QString localAddress() const { return m_local.address(); }
    int localPort() const
    {
        return m_local.type() == SocketAddress::Type::Ip ? m_local.port() : -1;
    }
    QString remoteAddress() const { return m_remote.address(); }
    QString remoteFamily() const { return m_remote.family(); }
    int remotePort() const
    {
        return m_remote.type() == SocketAddress::Type::Ip ? m_remote.port() : -1;
    }

    // Node's bufferSize (writableLength): each unfinished write counted whole, a text write
    // in characters; write() compares it with writableHighWaterMark().
    qint64 bufferSize() const { return m_queue.length(); }
    // The bytes themselves, waiting for the kernel.
    qint64 queuedBytes() const { return m_queue.byteCount(); }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    qint64 writableHighWaterMark() const { return m_highWaterMark; }
    void setWritableHighWaterMark(qint64 bytes) { m_highWaterMark = bytes; }

    KernelInfo kernelInfo() const;
    NetError setSendBufferSize(int bytes);
    NetError setReceiveBufferSize(int bytes);

    int fd() const { return m_fd; }
    // Unique within the process; the trace's endpoint id.
    quint64 id() const { return m_id; }

Q_SIGNALS:
    void lookup(const netcore::NetError &error, const QString &address, int family,
                const QString &host);
    void connected();
    void ready();
    void dataReceived(const QByteArray &data);
    void textReceived(const QString &text);
    void drained();
    void ended();
    void timedOut();
    void errorOccurred(const netcore::NetError &error);
    void closed(bool hadError);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class Server;
    friend class ConnectAttempt;

    void applyOptions(const SocketOptions &options);
    // Takes ownership of a connected fd (accepted, or passed in) and starts reading. Addresses
    // the caller already knows are taken as they are, the kernel is asked for the others.
    void adopt(int fd, bool unixSocket, const SocketAddress &local = {},
               const SocketAddress &remote = {});
    // Takes ownership of an fd that ConnectAttempt is connecting.
    void attachFd(int fd, bool unixSocket);
    // remote: the address dialled when the kernel reports it unchanged, else null.
    void onConnected(const SocketAddress &remote);
    void pollEvent(std::uint32_t events) override;
    void readFromKernel();
    void deliverData(QByteArray chunk);
    void onPeerEnded();
    // Writes what the queue holds. 'drain' and the callbacks of finished writes come on a
    // later turn, or at once (Now) when called from the loop rather than from a user's call.
    enum class Completion { Later, Now };
    void flushQueue(Completion completion = Completion::Later);
    // flushQueue() without failing: returns the error that should destroy the socket.
    NetError writeOut(Completion completion = Completion::Later);
    void notifyWrite(const QByteArray &data, bool accepted, const NetError *refused);
    bool queueWrite(const QByteArray &data, qint64 textLength, WriteCallback callback);
    void reportWritesDone(const QList<WriteCallback> &done);
    void endWritableSide();
    void shutdownIfDone();
    void teardown(const NetError &error);
    void maybeDestroyAfterHalfClose();
    void updatePollInterest();
    void updateTracking();
    // Null addresses are asked from the kernel (getsockname, getpeername).
    void refreshAddresses(const SocketAddress &local, const SocketAddress &remote);
    void touch();
    void applySocketOptions();
    void failWith(const NetError &error);
    void closeFd(bool abortive);
    // Runs fn on a later turn of this thread's loop, unless this socket is deleted first.
    template<typename Fn> void later(Fn &&fn);
    template<typename Fill> void notify(NetEvent event, Fill &&fill)
    {
        notifyObserver(this, m_id, EndpointKind::Socket, event, std::forward<Fill>(fill));
    }
    void notifyValue(NetEvent event, qint64 value = -1);

    quint64 m_id = nextEndpointId();
    QPointer<Server> m_server;    // the server that accepted this socket, counting its connections
    bool m_destroyCalled = false; // teardown() runs for destroy(): its call is already recorded
    State m_state = State::Unconnected;
    Flags m_flags = Flags(Flag::Readable) | Flag::Writable | Flag::Reading | Flag::Referenced;
    int m_fd = -1;
    bool m_polled = false; // m_fd was added to this thread's EventPoller
    std::uint32_t m_interest = 0;
    qint64 m_bytesRead = 0;
    qint64 m_bytesWritten = 0;
    qint64 m_highWaterMark = 16 * 1024;
    qint64 m_timeoutMs = 0;
    qint64 m_lastActivityMs = 0;
    int m_keepAliveDelayMs = 0;
    QBasicTimer m_timeoutTimer;
    SocketAddress m_local;
    SocketAddress m_remote;
    WriteQueue m_queue;
    std::unique_ptr<StringDecoder> m_decoder;
    std::unique_ptr<ConnectAttempt> m_connect;
    TrackedHandle m_tracked;
};

} // namespace netcore

Q_DECLARE_OPERATORS_FOR_FLAGS(netcore::Socket::Flags)
