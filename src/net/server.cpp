#include "server.h"

#include "descriptorreserve.h"
#include "ipaddress.h"
#include "resolver.h"
#include "socket.h"
#include "syscalls.h"

#include <QPointer>
#include <QTimerEvent>

#include <cerrno>
#include <sys/socket.h>

namespace netcore {

namespace {
// Bounded work per wake-up, as libuv: accept at most this many, then let others run.
constexpr int MaxAcceptsPerWakeUp = 64;
// Without a spare descriptor the listener rests this long instead of spinning on a ready fd
// it cannot take.
constexpr int AcceptPauseMs = 100;
// An IP address that is not a wildcard, nor one whose accepted sockets may be named otherwise
// (v4-mapped, link-local with its scope).
bool isOneAddress(const QHostAddress &host)
{
    bool v4Mapped = false;
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        host.toIPv4Address(&v4Mapped);
    return (host.protocol() == QAbstractSocket::IPv4Protocol && host != QHostAddress::AnyIPv4)
            || (host.protocol() == QAbstractSocket::IPv6Protocol && host != QHostAddress::AnyIPv6
                && !v4Mapped && !host.isLinkLocal() && host.scopeId().isEmpty());
}
} // namespace

template<typename Fn> void Server::later(Fn &&fn)
{
    ++m_queuedDeliveries;
    runLater(this, [this, fn = std::forward<Fn>(fn)]() mutable {
        --m_queuedDeliveries;
        fn();
    });
}

template<typename Fill> void Server::notify(NetEvent event, Fill &&fill)
{
    notifyObserver(this, m_id, EndpointKind::Server, event, std::forward<Fill>(fill));
}

Server::Server(QObject *parent)
    : Server(ServerOptions(), parent)
{ }

Server::Server(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

Server::~Server()
{
    stopListening();
}

NetError Server::listen(int port, const QString &host, int backlog)
{
    ListenOptions options = ListenOptions::tcp(port, host);
    options.backlog = backlog;
    return listen(options);
}

NetError Server::listenOnPath(const QString &path, int backlog)
{
    if (path.isEmpty())
        return NetError::api(ErrorCode::ERR_INVALID_ARG_VALUE,
                             {QStringLiteral("argument"), QStringLiteral("path"),
                              QStringLiteral("must be a non-empty string"), QStringLiteral("''")});
    ListenOptions options = ListenOptions::unixPath(path);
    options.backlog = backlog;
    return listen(options);
}

NetError Server::validate(const ListenOptions &options) const
{
    if (isListening() || m_starting)
        return NetError::api(ErrorCode::ERR_SERVER_ALREADY_LISTEN);
    if (options.port && (*options.port < 0 || *options.port > 65535))
        return NetError::badPort(QStringLiteral("options.port"),
                                 QStringLiteral("type number (%1)").arg(*options.port));
    if (!options.port && options.path.isEmpty() && options.fd < 0)
        return NetError::api(ErrorCode::ERR_INVALID_ARG_VALUE,
                             {QStringLiteral("argument"), QStringLiteral("options"),
                              QStringLiteral("must have the property \"port\" or \"path\""),
                              QStringLiteral("{}")});
    // Any backlog goes to listen(2), as Node passes it: the kernel caps it (a negative one
    // too) at its own maximum.
    return {};
}

NetError Server::listen(const ListenOptions &options)
{
    const NetError refused = validate(options);
    notify(NetEvent::ListenCall, [&](NetRecord &r) {
        r.text = options.fd >= 0 ? QStringLiteral("fd %1").arg(options.fd)
                : options.port   ? options.host
                                 : options.path;
        r.fd = options.fd;
        r.value = options.port.value_or(-1);
        r.extra = options.backlog;
        if (refused)
            r.error = &refused;
    });
    if (refused)
        return refused;
    m_starting = true;
    updateTracking();
    // Node looks a given host up before binding, even an address literal, so such a server is
    // not listening yet when listen() returns; without a host it binds at once.
    const bool hostGiven = options.fd < 0 && options.port && !options.host.isEmpty();
    if (!hostGiven) {
        startListening(options);
        return {};
    }
    const quint64 listenId = m_listenId;
    if (isIP(options.host)) {
        later([this, options, listenId] {
            if (listenId == m_listenId)
                startListening(options);
        });
        return {};
    }
    lookupHost(options.host, 0, 0, this,
               [this, options, listenId](const NetError &error,
                                         const QList<ResolvedAddress> &addresses) {
                   if (listenId != m_listenId)
                       return; // closed while resolving
                   if (error) {
                       m_starting = false;
                       updateTracking();
                       notify(NetEvent::Error, [&error](NetRecord &r) { r.error = &error; });
                       Q_EMIT errorOccurred(error);
                       return;
                   }
                   ListenOptions resolved = options;
                   resolved.host = addresses.constFirst().address;
                   startListening(resolved);
               });
    return {};
}

// Binds now (so address() is known when listen() returns, as in Node); the outcome is
// reported on a later turn.
void Server::startListening(const ListenOptions &options)
{
    NetError error;
    if (options.fd >= 0)
        error = adoptListeningFd(options);
    else if (options.port)
        error = openTcpListener(options, options.host);
    else
        error = openUnixListener(options);
    m_starting = false;
    updateTracking();
    // Node's emitListeningNT: 'listening' only if a listener is still there by then.
    later([this, error] {
        if (error) {
            notify(NetEvent::Error, [&error](NetRecord &r) { r.error = &error; });
            Q_EMIT errorOccurred(error);
        } else if (isListening()) {
            notify(NetEvent::Listening, [this](NetRecord &r) { r.local = &m_address; });
            Q_EMIT listening();
        }
    });
    if (error)
        return;
    EventPoller::forCurrentThread()->add(m_fd, this, PollClient::Read);
    DescriptorReserve::forCurrentThread().replenish();
}

NetError Server::openTcpListener(const ListenOptions &options, const QString &host)
{
    QString bindHost = host;
    if (bindHost.isEmpty())
        bindHost = sys::ipv6Available() ? QStringLiteral("::") : QStringLiteral("0.0.0.0");
    const int port = options.port.value_or(0);
    auto fail = [&](int error, int fd) {
        if (fd >= 0)
            sys::closeSocket(fd);
        return NetError::fromErrno(error, QStringLiteral("listen"), bindHost, port);
    };
    const SocketAddress address {QHostAddress(bindHost), quint16(port)};
    sys::NativeAddress native;
    if (const int error = sys::toNative(address, &native); error < 0)
        return fail(-error, -1);
    const int fd = sys::openSocket(address.familyNumber() == 6 ? AF_INET6 : AF_INET);
    if (fd < 0)
        return fail(-fd, -1);
    sys::setReuseAddress(fd);
    if (address.familyNumber() == 6)
        sys::setIpv6Only(fd, options.ipv6Only);
    if (const int error = sys::bindSocket(fd, native); error < 0)
        return fail(-error, fd);
    if (const int error = sys::listenSocket(fd, options.backlog); error < 0)
        return fail(-error, fd);
    m_fd = fd;
    m_ownsPath = false;
    m_address = sys::localAddress(fd);
    return {};
}

NetError Server::openUnixListener(const ListenOptions &options)
{
    auto fail = [&](int error, int fd) {
        if (fd >= 0)
            sys::closeSocket(fd);
        // libuv reports a missing directory as EACCES; Node users see that code.
        return NetError::fromErrno(error == ENOENT ? EACCES : error, QStringLiteral("listen"),
                                   options.path);
    };
    sys::NativeAddress native;
    if (const int error = sys::toNative(SocketAddress::unixPath(options.path), &native); error < 0)
        return fail(-error, -1);
    const int fd = sys::openSocket(AF_UNIX);
    if (fd < 0)
        return fail(-fd, -1);
    if (const int error = sys::bindSocket(fd, native); error < 0)
        return fail(-error, fd);
    if (const int error = sys::listenSocket(fd, options.backlog); error < 0) {
        sys::unlinkPath(options.path);
        return fail(-error, fd);
    }
    m_fd = fd;
    m_ownsPath = !options.path.startsWith(QLatin1Char('@'));
    m_address = SocketAddress::unixPath(options.path);
    return {};
}

NetError Server::adoptListeningFd(const ListenOptions &options)
{
    const int domain = sys::socketDomain(options.fd);
    if (domain < 0)
        return NetError::fromErrno(-domain, QStringLiteral("listen"));
    if (domain != AF_INET && domain != AF_INET6 && domain != AF_UNIX)
        return NetError::api(ErrorCode::ERR_INVALID_FD_TYPE, {QStringLiteral("UNKNOWN")});
    sys::setNonBlocking(options.fd);
    if (const int error = sys::listenSocket(options.fd, options.backlog); error < 0)
        return NetError::fromErrno(-error, QStringLiteral("listen"));
    m_fd = options.fd;
    m_ownsPath = false;
    m_address = sys::localAddress(options.fd);
    return {};
}

void Server::pollEvent(std::uint32_t events)
{
    if (events & PollClient::Read)
        acceptPending();
}

void Server::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_acceptPause.timerId())
        return QObject::timerEvent(event);
    m_acceptPause.stop();
    if (isListening())
        EventPoller::forCurrentThread()->modify(m_fd, this, PollClient::Read);
}

void Server::acceptPending()
{
    // Listeners of the signals below may close or delete the server.
    const QPointer<Server> guard(this);
    const bool unixSocket = m_address.isUnix();
    // A listener bound to one IP address accepts on that address only: its connections' local
    // address needs no getsockname(). One on a wildcard accepts on whichever was dialled.
    const bool localIsListener = isOneAddress(m_address.hostAddress());
    sys::NativeAddress peer;
    for (int i = 0; i < MaxAcceptsPerWakeUp && guard && m_fd >= 0; ++i) {
        const int fd = sys::acceptConnection(m_fd, &peer);
        if (fd == -EAGAIN || fd == -EWOULDBLOCK)
            return;
        if (fd == -EMFILE || fd == -ENFILE || fd == -ENOBUFS || fd == -ENOMEM)
            return onAcceptShortage(-fd);
        if (fd < 0)
            continue; // ECONNABORTED and friends: that peer is gone, try the next
        m_acceptStalled = false;
        if (m_maxConnections >= 0 && m_connections >= m_maxConnections) {
            const SocketAddress local = sys::localAddress(fd);
            const SocketAddress remote = sys::peerAddress(fd);
            sys::closeSocket(fd);
            notify(NetEvent::Drop, [&](NetRecord &r) {
                r.local = &local;
                r.remote = &remote;
            });
            Q_EMIT dropped(local, remote);
            continue;
        }
        auto *socket = new Socket(this);
        socket->m_flags.setFlag(Socket::Flag::AllowHalfOpen, m_options.allowHalfOpen);
        socket->m_flags.setFlag(Socket::Flag::NoDelay, m_options.noDelay);
        socket->m_flags.setFlag(Socket::Flag::KeepAlive, m_options.keepAlive);
        socket->m_keepAliveDelayMs = m_options.keepAliveInitialDelay;
        if (m_options.pauseOnConnect)
            socket->m_flags &= ~Socket::Flags(Socket::Flag::Reading);
        socket->m_server = this;
        // accept() told the peer's address; a Unix peer is asked as before (unnamed, mostly).
        socket->adopt(fd, unixSocket, localIsListener ? m_address : SocketAddress(),
                      unixSocket ? SocketAddress() : sys::fromNative(peer));
        ++m_connections;
        notify(NetEvent::Connection, [socket](NetRecord &r) {
            r.relatedId = socket->id();
            r.local = &socket->m_local;
            r.remote = &socket->m_remote;
        });
        Q_EMIT newConnection(socket);
    }
}

// Out of descriptors (or memory) for the next connection. libuv's answer: shed the waiting
// connections with the spare descriptor, so the listener is not left ready; without one,
// stop polling the listener for a while. Reported once per shortage.
void Server::onAcceptShortage(int error)
{
    const bool outOfDescriptors = error == EMFILE || error == ENFILE;
    const int shed = outOfDescriptors
            ? DescriptorReserve::forCurrentThread().shedWaitingConnections(m_fd,
                                                                           MaxAcceptsPerWakeUp)
            : -1;
    if (shed >= 0) {
        m_shedConnections += shed;
    } else {
        EventPoller::forCurrentThread()->modify(m_fd, this, PollClient::None);
        m_acceptPause.start(AcceptPauseMs, this);
    }
    if (m_acceptStalled)
        return;
    m_acceptStalled = true;
    Q_EMIT acceptStalled(NetError::fromErrno(error, QStringLiteral("accept")));
}

void Server::onConnectionClosed()
{
    --m_connections;
    emitCloseIfDrained();
}

void Server::close(CloseCallback callback)
{
    notify(NetEvent::CloseCall, [](NetRecord &) {});
    if (callback) {
        if (isListening()) {
            m_closeCallbacks.append(std::move(callback));
        } else {
            // Node calls it with ERR_SERVER_NOT_RUNNING when 'close' is emitted.
            m_closeCallbacks.append([callback](const NetError &) {
                callback(NetError::api(ErrorCode::ERR_SERVER_NOT_RUNNING));
            });
        }
    }
    stopListening();
    ++m_listenId;
    m_starting = false;
    updateTracking();
    emitCloseIfDrained();
}

void Server::stopListening()
{
    if (m_fd < 0)
        return;
    EventPoller::forCurrentThread()->remove(m_fd, this);
    m_acceptPause.stop();
    sys::closeSocket(m_fd);
    m_fd = -1;
    if (m_ownsPath)
        sys::unlinkPath(m_address.path());
    m_ownsPath = false;
}

void Server::emitCloseIfDrained()
{
    if (isListening() || m_connections > 0)
        return;
    // Node's emitCloseNT: the callbacks are the one-shot 'close' listeners there are when it
    // is emitted, whichever close() queued it.
    later([this] {
        const QList<CloseCallback> callbacks = std::exchange(m_closeCallbacks, {});
        notify(NetEvent::Close, [](NetRecord &) {});
        Q_EMIT closed();
        for (const CloseCallback &callback : callbacks)
            callback(NetError());
    });
}

bool Server::isIdle() const
{
    return !isListening() && !m_starting && m_connections == 0 && m_queuedDeliveries == 0;
}

void Server::getConnections(const ConnectionsCallback &callback)
{
    later([this, callback] { callback(NetError(), m_connections); });
}

void Server::ref()
{
    notify(NetEvent::RefCall, [](NetRecord &) {});
    m_referenced = true;
    updateTracking();
}

void Server::unref()
{
    notify(NetEvent::UnrefCall, [](NetRecord &) {});
    m_referenced = false;
    updateTracking();
}

void Server::updateTracking()
{
    m_tracked.set(m_referenced && (isListening() || m_starting));
}

} // namespace netcore
