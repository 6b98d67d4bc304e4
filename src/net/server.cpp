#include "server.h"

#include "ipaddress.h"
#include "resolver.h"
#include "socket.h"
#include "syscalls.h"

#include <QTimer>

#include <cerrno>
#include <sys/socket.h>

namespace netcore {

namespace {
// Bounded work per wake-up, as libuv: accept at most this many, then let others run.
constexpr int MaxAcceptsPerWakeUp = 64;
// After EMFILE the listener rests this long instead of spinning on a ready fd it cannot take.
constexpr int AcceptBackoffMs = 100;
} // namespace

template<typename Fn>
void Server::later(Fn &&fn)
{
    runLater(this, std::forward<Fn>(fn));
}

template<typename Fill>
void Server::notify(NetEvent event, Fill &&fill)
{
    notifyObserver(this, m_id, EndpointKind::Server, event, std::forward<Fill>(fill));
}

Server::Server(QObject *parent) : Server(ServerOptions(), parent) {}

Server::Server(const ServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
}

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
    if (options.backlog < 0)
        return NetError::api(ErrorCode::ERR_OUT_OF_RANGE,
                             {QStringLiteral("backlog"), QStringLiteral(">= 0"),
                              QString::number(options.backlog)});
    return {};
}

NetError Server::listen(const ListenOptions &options)
{
    const NetError refused = validate(options);
    notify(NetEvent::ListenCall, [&](NetRecord &r) {
        r.text = options.fd >= 0 ? QStringLiteral("fd %1").arg(options.fd)
                 : options.port  ? options.host
                                 : options.path;
        r.value = options.port.value_or(-1);
        r.extra = options.backlog;
        if (refused)
            r.error = &refused;
    });
    if (refused)
        return refused;
    m_closing = false;
    m_starting = true;
    updateTracking();
    // Node looks a given host up before binding, even an address literal, so such a server is
    // not listening yet when listen() returns; without a host it binds at once.
    const bool hostGiven = options.fd < 0 && options.port && !options.host.isEmpty();
    if (!hostGiven) {
        startListening(options);
        return {};
    }
    if (isIP(options.host)) {
        later([this, options] {
            if (m_starting)
                startListening(options);
        });
        return {};
    }
    lookupHost(options.host, 0, 0, this,
               [this, options](const NetError &error, const QList<ResolvedAddress> &addresses) {
                   if (!m_starting)
                       return;  // closed while resolving
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
    later([this, error] {
        if (error) {
            notify(NetEvent::Error, [&error](NetRecord &r) { r.error = &error; });
            Q_EMIT errorOccurred(error);
        } else if (isListening()) {
            notify(NetEvent::Listening, [this](NetRecord &r) { r.local = &m_address; });
            Q_EMIT listening();
        }
    });
    if (!error)
        EventPoller::forCurrentThread()->add(m_fd, this, PollClient::Read);
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
    const SocketAddress address{QHostAddress(bindHost), quint16(port)};
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

void Server::acceptPending()
{
    const bool unixSocket = m_address.isUnix();
    for (int i = 0; i < MaxAcceptsPerWakeUp && m_fd >= 0; ++i) {
        const int fd = sys::acceptConnection(m_fd);
        if (fd == -EAGAIN || fd == -EWOULDBLOCK)
            return;
        if (fd == -EMFILE || fd == -ENFILE || fd == -ENOBUFS || fd == -ENOMEM) {
            // Out of descriptors: report it and rest, rather than spin on a ready listener.
            EventPoller::forCurrentThread()->modify(m_fd, this, 0);
            QTimer::singleShot(AcceptBackoffMs, this, [this] {
                if (m_fd >= 0)
                    EventPoller::forCurrentThread()->modify(m_fd, this, PollClient::Read);
            });
            const NetError error = NetError::fromErrno(-fd, QStringLiteral("accept"));
            notify(NetEvent::Error, [&error](NetRecord &r) { r.error = &error; });
            Q_EMIT errorOccurred(error);
            return;
        }
        if (fd < 0)
            continue;  // ECONNABORTED and friends: that peer is gone, try the next
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
        socket->adopt(fd, unixSocket);
        ++m_connections;
        notify(NetEvent::Connection, [socket](NetRecord &r) {
            r.relatedId = socket->id();
            r.local = &socket->m_local;
            r.remote = &socket->m_remote;
        });
        Q_EMIT newConnection(socket);
    }
}

void Server::onConnectionClosed()
{
    --m_connections;
    maybeEmitClosed();
}

void Server::close(CloseCallback callback)
{
    notify(NetEvent::CloseCall, [](NetRecord &) {});
    const bool running = isListening() || m_starting;
    if (callback) {
        if (running) {
            m_closeCallbacks.append(std::move(callback));
        } else {
            // Node calls it with ERR_SERVER_NOT_RUNNING when 'close' is emitted.
            m_closeCallbacks.append([callback](const NetError &) {
                callback(NetError::api(ErrorCode::ERR_SERVER_NOT_RUNNING));
            });
        }
    }
    stopListening();
    m_starting = false;
    m_closing = true;
    updateTracking();
    maybeEmitClosed();
}

void Server::stopListening()
{
    if (m_fd < 0)
        return;
    EventPoller::forCurrentThread()->remove(m_fd, this);
    sys::closeSocket(m_fd);
    m_fd = -1;
    if (m_ownsPath)
        sys::unlinkPath(m_address.path());
    m_ownsPath = false;
}

void Server::maybeEmitClosed()
{
    if (!m_closing || isListening() || m_starting || m_connections > 0)
        return;
    m_closing = false;
    later([this, callbacks = std::exchange(m_closeCallbacks, {})] {
        notify(NetEvent::Close, [](NetRecord &) {});
        Q_EMIT closed();
        for (const CloseCallback &callback : callbacks)
            callback(NetError());
    });
}

void Server::getConnections(ConnectionsCallback callback)
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
