#include "socket.h"

#include "connectattempt.h"
#include "server.h"
#include "stringdecoder.h"
#include "syscalls.h"

#include <QPointer>
#include <QTimerEvent>

#include <cerrno>
#include <chrono>
#include <sys/socket.h>

namespace netcore {

namespace {

// Bounded work per wake-up: at most this many reads before returning to the loop.
constexpr int MaxReadsPerWakeUp = 16;
constexpr qsizetype ReadBufferSize = 64 * 1024;

// Where reads land: one 64 KiB array per thread, shared by every socket. A large chunk is
// handed on as that very array (no copy) and the next read gets a fresh one; a small chunk is
// copied out at its size, so a 1-byte read never pins 64 KiB.
class ReadBuffer
{
public:
    char *data()
    {
        if (m_bytes.size() != ReadBufferSize)
            m_bytes = QByteArray(ReadBufferSize, Qt::Uninitialized);
        return m_bytes.data();
    }

    QByteArray take(qsizetype count)
    {
        if (count < ReadBufferSize / 2)
            return QByteArray(m_bytes.constData(), count);
        QByteArray chunk = std::exchange(m_bytes, QByteArray());
        chunk.truncate(count);
        return chunk;
    }

private:
    QByteArray m_bytes;
};

ReadBuffer &threadReadBuffer()
{
    thread_local ReadBuffer buffer;
    return buffer;
}

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

template<typename Fn> void Socket::later(Fn &&fn)
{
    runLater(this, std::forward<Fn>(fn));
}

void Socket::notifyValue(NetEvent event, qint64 value)
{
    notifyObserver(this, m_id, EndpointKind::Socket, event,
                   [value](NetRecord &r) { r.value = value; });
}

Socket::Socket(QObject *parent)
    : QObject(parent)
{ }

Socket::Socket(const SocketOptions &options, QObject *parent)
    : QObject(parent)
{
    applyOptions(options);
}

Socket::~Socket()
{
    m_connect.reset();
    if (m_fd >= 0)
        closeFd(false);
    // Deleted without a teardown: the server must still count the connection out.
    if (Server *server = std::exchange(m_server, nullptr))
        server->onConnectionClosed();
}

void Socket::applyOptions(const SocketOptions &options)
{
    m_flags.setFlag(Flag::AllowHalfOpen, options.allowHalfOpen);
    if (options.fd < 0)
        return;
    const int domain = sys::socketDomain(options.fd);
    if (domain < 0 || (domain != AF_INET && domain != AF_INET6 && domain != AF_UNIX)) {
        const NetError error = domain < 0
                ? NetError::fromErrno(-domain, QStringLiteral("open"))
                : NetError::api(ErrorCode::ERR_INVALID_FD_TYPE, {QStringLiteral("UNKNOWN")});
        m_state = State::Connecting; // so failWith() reports it like a failed connect
        later([this, error] { failWith(error); });
        return;
    }
    sys::setNonBlocking(options.fd);
    m_flags.setFlag(Flag::Readable, options.readable);
    m_flags.setFlag(Flag::Writable, options.writable);
    adopt(options.fd, domain == AF_UNIX);
}

// ---- connecting -------------------------------------------------------------------------

NetError Socket::connectTo(const ConnectOptions &options)
{
    const NetError refused = validateConnectOptions(options);
    notify(NetEvent::ConnectCall, [&](NetRecord &r) {
        r.text = options.port ? options.host : options.path;
        r.value = options.port.value_or(-1);
        if (refused)
            r.error = &refused;
    });
    if (refused)
        return refused;
    if (m_state == State::Connecting || m_state == State::Open)
        return NetError::api(ErrorCode::ERR_INVALID_STATE,
                             {QStringLiteral("the socket is already connecting or connected")});
    // A destroyed socket may connect again, as in Node.
    m_flags |= Flags(Flag::Readable) | Flag::Writable;
    m_flags &= ~(Flags(Flag::ReadEof) | Flag::EndEmitted | Flag::FinSent);
    // A new connection counts from zero, as Node's new handle does.
    m_bytesRead = 0;
    m_bytesWritten = 0;
    m_state = State::Connecting;
    m_flags.setFlag(Flag::Unix, !options.port.has_value());
    // Options only add to what setNoDelay()/setKeepAlive() asked for before connecting.
    if (options.noDelay)
        m_flags |= Flag::NoDelay;
    if (options.keepAlive) {
        m_flags |= Flag::KeepAlive;
        m_keepAliveDelayMs = options.keepAliveInitialDelay;
    }
    if (options.timeout)
        setTimeout(*options.timeout);
    m_connect = std::make_unique<ConnectAttempt>(this, options);
    updateTracking();
    // Starts this request only: after destroy() and a new connectTo() in the same turn, the
    // new request has its own start queued.
    later([attempt = QPointer<ConnectAttempt>(m_connect.get())] {
        if (attempt)
            attempt->start();
    });
    return {};
}

NetError Socket::connectTo(int port, const QString &host)
{
    return connectTo(ConnectOptions::tcp(port, host));
}

NetError Socket::connectToPath(const QString &path)
{
    if (path.isEmpty())
        return NetError::api(ErrorCode::ERR_INVALID_ARG_VALUE,
                             {QStringLiteral("argument"), QStringLiteral("path"),
                              QStringLiteral("must be a non-empty string"), QStringLiteral("''")});
    return connectTo(ConnectOptions::unixPath(path));
}

void Socket::attachFd(int fd, bool unixSocket)
{
    m_fd = fd;
    m_interest = 0;
    m_flags.setFlag(Flag::Unix, unixSocket);
}

void Socket::onConnected(const SocketAddress &remote)
{
    m_connect.reset();
    m_state = State::Open;
    refreshAddresses({}, remote);
    applySocketOptions();
    touch();
    updateTracking();
    notify(NetEvent::Connect, [this](NetRecord &r) {
        r.local = &m_local;
        r.remote = &m_remote;
    });
    // A listener may destroy the socket, or delete it.
    const QPointer<Socket> guard(this);
    Q_EMIT connected();
    if (!guard || m_state != State::Open)
        return;
    notifyValue(NetEvent::Ready);
    Q_EMIT ready();
    if (!guard || m_state != State::Open)
        return;
    flush();
    shutdownIfDone();
    updatePollInterest();
}

void Socket::adopt(int fd, bool unixSocket, const SocketAddress &local, const SocketAddress &remote)
{
    attachFd(fd, unixSocket);
    m_state = State::Open;
    refreshAddresses(local, remote);
    applySocketOptions();
    updateTracking();
    updatePollInterest();
    shutdownIfDone(); // a socket made with writable: false sends its FIN at once
}

void Socket::refreshAddresses(const SocketAddress &local, const SocketAddress &remote)
{
    m_local = local.isNull() ? sys::localAddress(m_fd) : local;
    m_remote = remote.isNull() ? sys::peerAddress(m_fd) : remote;
}

void Socket::applySocketOptions()
{
    if (isUnixSocket())
        return;
    if (m_flags.testFlag(Flag::NoDelay))
        sys::setNoDelay(m_fd, true);
    if (m_flags.testFlag(Flag::KeepAlive))
        sys::setKeepAlive(m_fd, true, m_keepAliveDelayMs / 1000);
}

// ---- reading ----------------------------------------------------------------------------

void Socket::pollEvent(std::uint32_t events)
{
    if (m_state == State::Connecting) {
        if (events & PollClient::Write && m_connect)
            m_connect->onWritable();
        return;
    }
    // Read before writing, as libuv does: a peer's reset is then reported by the read
    // ('read ECONNRESET'), not by a write that happened to be queued.
    QPointer<Socket> guard(this);
    if (events & PollClient::Read && m_interest & PollClient::Read) {
        readFromKernel();
        if (!guard || m_state != State::Open)
            return;
    }
    if (events & PollClient::Write && m_interest & PollClient::Write)
        flushQueue(Completion::Now);
}

void Socket::readFromKernel()
{
    ReadBuffer &buffer = threadReadBuffer();
    QPointer<Socket> guard(this);
    for (int i = 0; i < MaxReadsPerWakeUp; ++i) {
        const ssize_t count = sys::readSome(m_fd, buffer.data(), ReadBufferSize);
        if (count == -EAGAIN || count == -EWOULDBLOCK)
            return;
        if (count < 0)
            return failWith(NetError::fromErrno(int(-count), QStringLiteral("read")));
        if (count == 0)
            return onPeerEnded();
        m_bytesRead += count;
        touch();
        deliverData(buffer.take(count));
        if (!guard || m_state != State::Open || !(m_interest & PollClient::Read))
            return;
        // A small read: the kernel had no more, skip the read that would say EAGAIN. After a
        // large one, more has often arrived already: over TCP our read opened the window and
        // the sender's stack (on loopback, in this very syscall) sent the next segments.
        if (count < ReadBufferSize / 4)
            return;
    }
}

void Socket::deliverData(QByteArray chunk)
{
    notify(NetEvent::Data, [&chunk](NetRecord &r) {
        r.value = chunk.size();
        r.data = &chunk;
    });
    if (!m_decoder) {
        Q_EMIT dataReceived(chunk);
        return;
    }
    const QString text = m_decoder->write(chunk);
    if (!text.isEmpty())
        Q_EMIT textReceived(text);
}

void Socket::onPeerEnded()
{
    m_flags |= Flag::ReadEof;
    updatePollInterest();
    QPointer<Socket> guard(this);
    if (m_decoder) {
        const QString rest = m_decoder->end();
        if (!rest.isEmpty())
            Q_EMIT textReceived(rest);
        if (!guard || m_state != State::Open)
            return;
    }
    m_flags &= ~Flags(Flag::Readable);
    m_flags |= Flag::EndEmitted;
    notifyValue(NetEvent::End);
    Q_EMIT ended();
    if (!guard || m_state != State::Open)
        return;
    // Without allowHalfOpen the socket answers the peer's FIN with its own, then closes.
    if (!allowHalfOpen() && m_flags.testFlag(Flag::Writable)) {
        notify(NetEvent::EndCall, [](NetRecord &r) { r.internal = true; });
        endWritableSide();
    } else
        maybeDestroyAfterHalfClose();
}

void Socket::pause()
{
    notifyValue(NetEvent::PauseCall);
    m_flags &= ~Flags(Flag::Reading);
    updatePollInterest();
}

void Socket::resume()
{
    notifyValue(NetEvent::ResumeCall);
    m_flags |= Flag::Reading;
    updatePollInterest();
}

void Socket::setEncoding(Encoding encoding)
{
    notify(NetEvent::SetEncodingCall,
           [encoding](NetRecord &r) { r.text = encodingName(encoding); });
    m_decoder = std::make_unique<StringDecoder>(encoding);
}

NetError Socket::setEncoding(const QString &name)
{
    const std::optional<Encoding> encoding = encodingFromName(name);
    if (!encoding)
        return NetError::api(ErrorCode::ERR_UNKNOWN_ENCODING, {name});
    setEncoding(*encoding);
    return {};
}

std::optional<Encoding> Socket::encoding() const
{
    if (!m_decoder)
        return std::nullopt;
    return m_decoder->encoding();
}

// ---- writing ----------------------------------------------------------------------------

bool Socket::write(const QByteArray &data, WriteCallback callback)
{
    return queueWrite(data, -1, std::move(callback));
}

bool Socket::write(const QString &text, Encoding encoding, WriteCallback callback)
{
    return queueWrite(encodeText(text, encoding), text.size(), std::move(callback));
}

bool Socket::writeJoined(const QByteArray &data, qint64 length, WriteCallback callback)
{
    return queueWrite(data, length, std::move(callback));
}

bool Socket::queueWrite(const QByteArray &data, qint64 textLength, WriteCallback callback)
{
    const NetError refused = m_state == State::Closed
            ? NetError::api(ErrorCode::ERR_STREAM_DESTROYED, {QStringLiteral("write")})
            : !m_flags.testFlag(Flag::Writable)
            ? NetError::api(ErrorCode::ERR_STREAM_WRITE_AFTER_END)
            : NetError();
    if (refused) {
        notifyWrite(data, false, &refused);
        const NetError error = refused;
        if (m_state == State::Closed) {
            if (callback)
                later([callback, error] { callback(error); });
            return false;
        }
        later([this, callback, error] {
            const QPointer<Socket> guard(this);
            if (callback)
                callback(error);
            if (guard)
                failWith(error);
        });
        return false;
    }
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.append(data, std::move(callback), textLength);
    const NetError failed = m_state == State::Open && wasEmpty ? writeOut() : NetError();
    const bool belowMark = bufferSize() < m_highWaterMark;
    if (!belowMark)
        m_flags |= Flag::NeedDrain;
    const bool accepted = belowMark && !failed;
    // Recorded once the answer is known, before a failed write destroys the socket.
    notifyWrite(data, accepted, nullptr);
    if (failed)
        failWith(failed);
    return accepted;
}

void Socket::flush()
{
    if (m_state == State::Open && !m_queue.isEmpty())
        flushQueue();
}

void Socket::notifyWrite(const QByteArray &data, bool accepted, const NetError *refused)
{
    notify(NetEvent::WriteCall, [&](NetRecord &r) {
        r.value = data.size();
        r.data = &data;
        r.error = refused;
        r.write.accepted = accepted ? 1 : 0;
        r.write.bufferSize = bufferSize();
        r.write.highWaterMark = m_highWaterMark;
    });
}

void Socket::flushQueue(Completion completion)
{
    if (const NetError failed = writeOut(completion))
        failWith(failed);
}

NetError Socket::writeOut(Completion completion)
{
    qint64 written = 0;
    QList<WriteCallback> done;
    const int error = m_queue.writeTo(m_fd, &written, &done);
    if (written > 0) {
        m_bytesWritten += written;
        touch();
    }
    // ENOBUFS (the kernel briefly out of buffer memory) is transient, as libuv counts it: the
    // bytes stay queued for the next writability instead of failing the connection.
    if (error != 0 && error != EAGAIN && error != EWOULDBLOCK && error != ENOBUFS) {
        for (const WriteCallback &callback : std::as_const(done))
            later([callback] { callback(NetError()); });
        return NetError::fromErrno(error, QStringLiteral("write"));
    }
    updatePollInterest();
    const bool emptied = m_queue.isEmpty();
    if (!done.isEmpty() || (emptied && m_flags.testFlag(Flag::NeedDrain))) {
        if (completion == Completion::Now) {
            // From the loop, as libuv runs write callbacks in the same turn as the write.
            QPointer<Socket> guard(this);
            reportWritesDone(done);
            if (!guard)
                return {};
        } else {
            later([this, done = std::move(done)] { reportWritesDone(done); });
        }
    }
    if (m_queue.isEmpty())
        shutdownIfDone();
    return {};
}

void Socket::reportWritesDone(const QList<WriteCallback> &done)
{
    // Node's order: 'drain' first, then the callbacks of the writes that emptied the queue.
    QPointer<Socket> guard(this);
    if (m_flags.testFlag(Flag::NeedDrain) && m_queue.isEmpty() && m_state == State::Open
        && m_flags.testFlag(Flag::Writable)) {
        m_flags &= ~Flags(Flag::NeedDrain);
        notifyValue(NetEvent::Drain);
        Q_EMIT drained();
    }
    for (const WriteCallback &callback : done) {
        if (!guard)
            return;
        callback(NetError());
    }
}

void Socket::end()
{
    notifyValue(NetEvent::EndCall);
    endWritableSide();
}

void Socket::endWritableSide()
{
    if (!m_flags.testFlag(Flag::Writable) || m_state == State::Closed)
        return;
    m_flags &= ~Flags(Flag::Writable);
    if (m_state == State::Open)
        shutdownIfDone();
}

void Socket::end(const QByteArray &data, WriteCallback callback)
{
    write(data, std::move(callback));
    end();
}

// Sends FIN once end() was called and every queued byte reached the kernel.
void Socket::shutdownIfDone()
{
    if (m_state != State::Open || m_flags.testFlag(Flag::Writable)
        || m_flags.testFlag(Flag::FinSent) || !m_queue.isEmpty())
        return;
    m_flags |= Flag::FinSent;
    const int error = sys::shutdownWrite(m_fd);
    if (error < 0 && error != -ENOTCONN)
        return failWith(NetError::fromErrno(-error, QStringLiteral("shutdown")));
    later([this] { maybeDestroyAfterHalfClose(); });
}

// Both directions are done: our FIN went out and the peer's 'end' was seen (or reading was
// never wanted). Node's autoDestroy closes the socket at that point.
void Socket::maybeDestroyAfterHalfClose()
{
    if (m_state != State::Open)
        return;
    const bool readDone = m_flags.testFlag(Flag::EndEmitted) || !m_flags.testFlag(Flag::Readable);
    if (readDone && m_flags.testFlag(Flag::FinSent))
        teardown(NetError());
}

// ---- closing ----------------------------------------------------------------------------

void Socket::destroy()
{
    destroy(NetError());
}

void Socket::destroy(const NetError &error)
{
    notify(NetEvent::DestroyCall, [&error](NetRecord &r) {
        if (error)
            r.error = &error;
    });
    m_destroyCalled = true;
    teardown(error);
    m_destroyCalled = false;
}

// What destroy() does, also reached without a call: errors, autoDestroy after both FINs.
void Socket::teardown(const NetError &error)
{
    if (m_state == State::Closed)
        return;
    if (!m_destroyCalled) {
        notify(NetEvent::DestroyCall, [&error](NetRecord &r) {
            r.internal = true;
            if (error)
                r.error = &error;
        });
    }
    m_destroyCalled = false;
    m_connect.reset();
    if (m_fd >= 0)
        closeFd(false);
    m_state = State::Closed;
    m_flags &= ~(Flags(Flag::Readable) | Flag::Writable);
    m_timeoutTimer.stop();
    QList<WriteCallback> pending;
    m_queue.clear(&pending);
    updateTracking();
    if (Server *server = std::exchange(m_server, nullptr))
        server->onConnectionClosed();
    later([this, error, pending = std::move(pending)] {
        // Each callback and listener may delete the socket; what is left then goes nowhere.
        const QPointer<Socket> guard(this);
        if (!pending.isEmpty()) {
            const NetError pendingError = error
                    ? error
                    : NetError::api(ErrorCode::ERR_STREAM_DESTROYED, {QStringLiteral("write")});
            for (const WriteCallback &callback : pending) {
                callback(pendingError);
                if (!guard)
                    return;
            }
        }
        if (error) {
            notify(NetEvent::Error, [&error](NetRecord &r) { r.error = &error; });
            Q_EMIT errorOccurred(error);
            if (!guard)
                return;
        }
        notifyValue(NetEvent::Close, error.isError() ? 1 : 0);
        Q_EMIT closed(error.isError());
    });
}

void Socket::resetAndDestroy()
{
    notifyValue(NetEvent::ResetCall);
    if (m_state == State::Closed)
        return;
    if (m_state != State::Open)
        return teardown(NetError::api(ErrorCode::ERR_SOCKET_CLOSED_BEFORE_CONNECTION));
    closeFd(true);
    teardown(NetError());
}

void Socket::failWith(const NetError &error)
{
    teardown(error);
}

void Socket::closeFd(bool abortive)
{
    if (m_fd < 0)
        return;
    if (std::exchange(m_polled, false))
        EventPoller::forCurrentThread()->remove(m_fd, this, m_interest != PollClient::None);
    if (abortive)
        sys::closeWithReset(m_fd);
    else
        sys::closeSocket(m_fd);
    m_fd = -1;
    m_interest = 0;
}

// ---- bookkeeping ------------------------------------------------------------------------

void Socket::updatePollInterest()
{
    if (m_fd < 0)
        return;
    std::uint32_t interest = 0;
    if (m_state == State::Connecting) {
        interest = PollClient::Write;
    } else if (m_state == State::Open) {
        const bool wantRead = m_flags.testFlag(Flag::Reading) && !m_flags.testFlag(Flag::ReadEof)
                && (m_flags.testFlag(Flag::Readable));
        if (wantRead)
            interest |= PollClient::Read;
        if (!m_queue.isEmpty())
            interest |= PollClient::Write;
    }
    if (interest == m_interest)
        return;
    m_interest = interest;
    // The first interest adds the fd: a modify() of an fd the kernel set does not hold would
    // fail and be retried as an add, two epoll_ctl() calls per connection instead of one.
    if (std::exchange(m_polled, true))
        EventPoller::forCurrentThread()->modify(m_fd, this, interest);
    else
        EventPoller::forCurrentThread()->add(m_fd, this, interest);
    updateTracking();
}

// As libuv counts a stream: active while connecting, reading or writing. A paused socket
// with nothing to send does not keep the loop alive.
void Socket::updateTracking()
{
    const bool active
            = (m_state == State::Connecting && !(m_connect && m_connect->isAwaitingCustomLookup()))
            || (m_state == State::Open && (m_interest != 0 || !m_queue.isEmpty()));
    m_tracked.set(active && m_flags.testFlag(Flag::Referenced));
}

void Socket::ref()
{
    notifyValue(NetEvent::RefCall);
    m_flags |= Flag::Referenced;
    updateTracking();
}

void Socket::unref()
{
    notifyValue(NetEvent::UnrefCall);
    m_flags &= ~Flags(Flag::Referenced);
    updateTracking();
}

bool Socket::isReadable() const
{
    return m_state != State::Closed && m_flags.testFlag(Flag::Readable);
}

bool Socket::isWritable() const
{
    return m_state != State::Closed && m_flags.testFlag(Flag::Writable);
}

QString Socket::readyState() const
{
    if (m_state == State::Connecting)
        return QStringLiteral("opening");
    if (isReadable() && isWritable())
        return QStringLiteral("open");
    if (isReadable())
        return QStringLiteral("readOnly");
    if (isWritable())
        return QStringLiteral("writeOnly");
    return QStringLiteral("closed");
}

// ---- options ----------------------------------------------------------------------------

void Socket::setKeepAlive(bool enable, int initialDelayMs)
{
    notify(NetEvent::SetKeepAliveCall, [=](NetRecord &r) {
        r.value = enable ? 1 : 0;
        r.extra = initialDelayMs;
    });
    m_flags.setFlag(Flag::KeepAlive, enable);
    if (initialDelayMs > 0)
        m_keepAliveDelayMs = initialDelayMs;
    if (m_fd >= 0 && m_state == State::Open && !isUnixSocket())
        sys::setKeepAlive(m_fd, enable, initialDelayMs / 1000);
}

void Socket::setNoDelay(bool noDelay)
{
    notifyValue(NetEvent::SetNoDelayCall, noDelay ? 1 : 0);
    m_flags.setFlag(Flag::NoDelay, noDelay);
    if (m_fd >= 0 && m_state == State::Open && !isUnixSocket())
        sys::setNoDelay(m_fd, noDelay);
}

NetError Socket::setTimeout(qint64 ms)
{
    notifyValue(NetEvent::SetTimeoutCall, ms);
    if (ms < 0)
        return NetError::api(ErrorCode::ERR_OUT_OF_RANGE,
                             {QStringLiteral("msecs"),
                              QStringLiteral("a non-negative finite number"), QString::number(ms)});
    m_timeoutMs = ms;
    if (ms == 0) {
        m_timeoutTimer.stop();
        return {};
    }
    m_lastActivityMs = monotonicMs();
    m_timeoutTimer.start(int(qMin<qint64>(ms, INT_MAX)), Qt::PreciseTimer, this);
    return {};
}

void Socket::touch()
{
    if (m_timeoutMs > 0) {
        m_lastActivityMs = monotonicMs();
        if (!m_timeoutTimer.isActive())
            m_timeoutTimer.start(int(qMin<qint64>(m_timeoutMs, INT_MAX)), Qt::PreciseTimer, this);
    }
}

void Socket::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timeoutTimer.timerId())
        return QObject::timerEvent(event);
    // Activity only stamps a time; the timer re-arms for what is left instead of restarting
    // on every read and write.
    const qint64 idle = monotonicMs() - m_lastActivityMs;
    if (idle < m_timeoutMs) {
        m_timeoutTimer.start(int(qMin<qint64>(m_timeoutMs - idle, INT_MAX)), Qt::PreciseTimer,
                             this);
        return;
    }
    m_timeoutTimer.stop(); // fires once per idle period, as in Node
    notifyValue(NetEvent::Timeout);
    Q_EMIT timedOut();
}

KernelInfo Socket::kernelInfo() const
{
    if (m_fd < 0)
        return {};
    return readKernelInfo(m_fd);
}

NetError Socket::setSendBufferSize(int bytes)
{
    if (m_fd < 0)
        return NetError::api(ErrorCode::ERR_SOCKET_CLOSED);
    if (const int error = netcore::setSendBufferSize(m_fd, bytes))
        return NetError::fromErrno(error, QStringLiteral("setsockopt"));
    return {};
}

NetError Socket::setReceiveBufferSize(int bytes)
{
    if (m_fd < 0)
        return NetError::api(ErrorCode::ERR_SOCKET_CLOSED);
    if (const int error = netcore::setReceiveBufferSize(m_fd, bytes))
        return NetError::fromErrno(error, QStringLiteral("setsockopt"));
    return {};
}

} // namespace netcore
