#include "connectattempt.h"

#include "ipaddress.h"
#include "resolver.h"
#include "socket.h"

#include <QPointer>

#include <cerrno>
#include <sys/socket.h>

namespace netcore {

NetError validateConnectOptions(const ConnectOptions &options)
{
    if (options.port) {
        const int port = *options.port;
        if (port < 0 || port > 65535)
            return NetError::badPort(QStringLiteral("Port"),
                                     QStringLiteral("type number (%1)").arg(port));
    } else if (options.path.isEmpty()) {
        return NetError::api(ErrorCode::ERR_MISSING_ARGS,
                             {QStringLiteral("options\" or \"port\" or \"path")});
    }
    if (options.family != 0 && options.family != 4 && options.family != 6)
        return NetError::api(ErrorCode::ERR_INVALID_ARG_VALUE,
                             {QStringLiteral("property"), QStringLiteral("options.family"),
                              QStringLiteral("must be one of: 0, 4, 6"),
                              QString::number(options.family)});
    if (!options.localAddress.isEmpty() && !isIP(options.localAddress))
        return NetError::api(ErrorCode::ERR_INVALID_IP_ADDRESS, {options.localAddress});
    if (options.localPort && (*options.localPort < 0 || *options.localPort > 65535))
        return NetError::badPort(QStringLiteral("options.localPort"),
                                 QStringLiteral("type number (%1)").arg(*options.localPort));
    if (options.timeout && *options.timeout < 0)
        return NetError::api(ErrorCode::ERR_OUT_OF_RANGE,
                             {QStringLiteral("timeout"),
                              QStringLiteral("a non-negative finite number"),
                              QString::number(*options.timeout)});
    return {};
}

ConnectAttempt::ConnectAttempt(Socket *socket, const ConnectOptions &options)
    : m_socket(socket)
    , m_options(options)
{
    if (m_options.port && m_options.host.isEmpty())
        m_options.host = QStringLiteral("localhost");
}

void ConnectAttempt::start()
{
    if (!m_options.port) {
        SocketAddress target = SocketAddress::unixPath(m_options.path);
        sys::NativeAddress native;
        if (const int error = sys::toNative(target, &native); error < 0)
            return m_socket->failWith(
                    NetError::fromErrno(-error, QStringLiteral("connect"), m_options.path));
        const int fd = sys::openSocket(AF_UNIX);
        if (fd < 0) // libuv opens the socket inside connect: Node calls it a connect error
            return m_socket->failWith(
                    NetError::fromErrno(-fd, QStringLiteral("connect"), m_options.path));
        return connectFd(fd, native);
    }
    // An address literal needs no lookup and gets no 'lookup' event, as in Node. A dotted
    // quad, the common case, is parsed once, straight into the address connect() takes.
    sys::NativeAddress native;
    if (sys::toNativeIPv4(m_options.host, quint16(*m_options.port), &native)) {
        m_addresses = {ResolvedAddress {m_options.host, 4}};
        return dial(0, native);
    }
    if (const int version = isIP(m_options.host)) {
        m_addresses = {ResolvedAddress {m_options.host, version}};
        return tryAddress(0);
    }
    if (!m_options.lookup) {
        return lookupHost(m_options.host, m_options.family, m_options.hints, this,
                          [this](const NetError &error, const QList<ResolvedAddress> &addresses) {
                              onResolved(error, addresses);
                          });
    }
    // A user's lookup function may answer at any time, also after the socket (and with it
    // this attempt) is gone, as node's does after destroy().
    m_awaitingCustomLookup = true;
    m_socket->updateTracking();
    m_options.lookup(m_options.host, m_options.family, m_options.hints,
                     [attempt = QPointer<ConnectAttempt>(this)](
                             const NetError &error, const QList<ResolvedAddress> &addresses) {
                         if (!attempt)
                             return;
                         attempt->m_awaitingCustomLookup = false;
                         attempt->m_socket->updateTracking();
                         attempt->onResolved(error, addresses);
                     });
}

void ConnectAttempt::onResolved(const NetError &error, const QList<ResolvedAddress> &addresses)
{
    if (!m_socket->isConnecting())
        return; // destroyed while the lookup ran
    // A 'lookup' listener may destroy or delete the socket, and with it this attempt.
    const QPointer<ConnectAttempt> alive(this);
    Socket *socket = m_socket;
    const QString host = m_options.host;
    if (error || addresses.isEmpty()) {
        const NetError failure = error ? error : NetError::fromGetAddrInfo(0, host);
        socket->notify(NetEvent::Lookup, [&](NetRecord &r) {
            r.error = &failure;
            r.text = host;
        });
        Q_EMIT socket->lookup(failure, QString(), 0, host);
        if (alive)
            socket->failWith(failure);
        return;
    }
    m_addresses = addresses;
    const ResolvedAddress &first = addresses.constFirst();
    const SocketAddress resolved {QHostAddress(first.address), quint16(*m_options.port)};
    socket->notify(NetEvent::Lookup, [&](NetRecord &r) {
        r.text = host;
        r.extra = first.family;
        r.remote = &resolved;
    });
    Q_EMIT socket->lookup(NetError(), first.address, first.family, host);
    if (alive)
        tryAddress(0);
}

void ConnectAttempt::tryAddress(qsizetype index)
{
    const ResolvedAddress &target = m_addresses.at(index);
    const SocketAddress address {QHostAddress(target.address), quint16(*m_options.port)};
    sys::NativeAddress native;
    if (const int error = sys::toNative(address, &native); error < 0) {
        m_index = index;
        return finish(-error);
    }
    dial(index, native);
}

void ConnectAttempt::dial(qsizetype index, const sys::NativeAddress &native)
{
    m_index = index;
    int fd = -1;
    if (const int error = openTcp(native.storage.ss_family, &fd); error > 0) {
        if (fd >= 0)
            return m_socket->failWith(NetError::fromErrno(error, QStringLiteral("bind"),
                                                          m_options.localAddress,
                                                          m_options.localPort.value_or(-1)));
        // No socket (EMFILE, ENFILE): libuv opens it inside connect, so Node reports a
        // connect error with the address dialled.
        return m_socket->failWith(NetError::fromErrno(error, QStringLiteral("connect"),
                                                      m_addresses.value(index).address,
                                                      *m_options.port));
    }
    connectFd(fd, native);
}

// Opens a TCP socket of domain (AF_INET, AF_INET6) and binds it to localAddress/localPort when
// asked. Returns 0 or a positive errno; *fd stays -1 when the socket itself failed.
int ConnectAttempt::openTcp(int domain, int *fd)
{
    const bool v6 = domain == AF_INET6;
    const int created = sys::openSocket(domain);
    if (created < 0)
        return -created;
    if (!m_options.localAddress.isEmpty() || m_options.localPort) {
        const QString local = m_options.localAddress.isEmpty()
                ? (v6 ? QStringLiteral("::") : QStringLiteral("0.0.0.0"))
                : m_options.localAddress;
        sys::NativeAddress native;
        int error = sys::toNative(
                SocketAddress(QHostAddress(local), quint16(m_options.localPort.value_or(0))),
                &native);
        if (error == 0)
            error = sys::bindSocket(created, native);
        if (error < 0) {
            sys::closeSocket(created);
            *fd = created; // tells the caller the failing call was bind
            return -error;
        }
    }
    *fd = created;
    return 0;
}

void ConnectAttempt::connectFd(int fd, const sys::NativeAddress &native)
{
    m_socket->attachFd(fd, !m_options.port);
    m_dialled = native;
    const int result = sys::connectSocket(fd, native);
    if (result < 0 && result != -EINPROGRESS)
        return finish(-result);
    // Even a connect that succeeded at once completes through writability, and the interest
    // is registered on the next turn, as libuv does: by then the kernel has queued the
    // connection on the listener, so a server in this loop sees 'connection' before the
    // client sees 'connect', as in Node.
    runLater(m_socket, [socket = m_socket] { socket->updatePollInterest(); });
}

void ConnectAttempt::onWritable()
{
    const int error = sys::pendingError(m_socket->fd());
    finish(error < 0 ? -error : error);
}

void ConnectAttempt::finish(int error)
{
    if (error == 0)
        return m_socket->onConnected(sys::isPeerAsDialled(m_dialled) ? sys::fromNative(m_dialled)
                                                                     : SocketAddress());
    const bool tcp = m_options.port.has_value();
    // Like Node's autoSelectFamily: a refused address falls through to the next one.
    if (tcp && m_index + 1 < m_addresses.size()) {
        m_socket->closeFd(false);
        return tryAddress(m_index + 1);
    }
    const QString address = tcp ? m_addresses.value(m_index).address : m_options.path;
    m_socket->failWith(NetError::fromErrno(error, QStringLiteral("connect"), address,
                                           tcp ? *m_options.port : -1));
}

} // namespace netcore
