#include "syscalls.h"

#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

namespace netcore::sys {

namespace {

template<typename Fn> auto retryOnInterrupt(Fn fn) -> decltype(fn())
{
    for (;;) {
        const auto result = fn();
        if (result >= 0)
            return result;
        if (errno != EINTR)
            return -errno;
    }
}

int toUnixNative(const QString &path, NativeAddress *native)
{
    auto *un = reinterpret_cast<sockaddr_un *>(&native->storage);
    un->sun_family = AF_UNIX;
    QByteArray bytes = QFile::encodeName(path);
    const bool abstractName = bytes.startsWith('@') || bytes.startsWith('\0');
#ifdef __linux__
    if (abstractName)
        bytes[0] = '\0';
#else
    if (abstractName && bytes.startsWith('\0'))
        return -EINVAL;
#endif
    if (bytes.isEmpty() || (!abstractName && bytes.contains('\0')))
        return -EINVAL;
    // A path needs its terminating NUL inside sun_path; an abstract name uses every byte.
    const qsizetype room = qsizetype(sizeof(un->sun_path)) - (abstractName ? 0 : 1);
    if (bytes.size() > room)
        return -ENAMETOOLONG;
    memcpy(un->sun_path, bytes.constData(), size_t(bytes.size()));
    native->length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(bytes.size())
                               + (abstractName ? 0 : 1));
    return 0;
}

int toIpNative(const SocketAddress &address, NativeAddress *native)
{
    const QHostAddress host = address.hostAddress();
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in = reinterpret_cast<sockaddr_in *>(&native->storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(address.port());
        in->sin_addr.s_addr = htonl(host.toIPv4Address());
        native->length = sizeof(sockaddr_in);
        return 0;
    }
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&native->storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(address.port());
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        memcpy(in6->sin6_addr.s6_addr, bytes.c, sizeof(bytes.c));
        in6->sin6_scope_id = host.scopeId().toUInt();
        native->length = sizeof(sockaddr_in6);
        return 0;
    }
    return -EAFNOSUPPORT;
}

int setIntOption(int fd, int level, int name, int value)
{
    return ::setsockopt(fd, level, name, &value, sizeof(value)) == 0 ? 0 : -errno;
}

SocketAddress queryAddress(int fd, bool peer)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof(storage);
    auto *address = reinterpret_cast<sockaddr *>(&storage);
    const int result
            = peer ? ::getpeername(fd, address, &length) : ::getsockname(fd, address, &length);
    if (result != 0)
        return {};
    return SocketAddress::fromSockaddr(address, length);
}

} // namespace

int toNative(const SocketAddress &address, NativeAddress *native)
{
    *native = NativeAddress();
    switch (address.type()) {
    case SocketAddress::Type::Unix: return toUnixNative(address.path(), native);
    case SocketAddress::Type::Ip: return toIpNative(address, native);
    case SocketAddress::Type::None: break;
    }
    return -EINVAL;
}

bool toNativeIPv4(QStringView text, quint16 port, NativeAddress *native)
{
    char ascii[INET_ADDRSTRLEN];
    if (text.size() >= qsizetype(sizeof ascii))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return false;
        ascii[i] = char(c);
    }
    ascii[text.size()] = '\0';
    in_addr host {};
    // glibc's inet_pton() takes exactly Node's isIPv4() strings: four decimal octets of at
    // most 255, no leading zero, nothing else.
    if (::inet_pton(AF_INET, ascii, &host) != 1)
        return false;
    *native = NativeAddress();
    auto *in = reinterpret_cast<sockaddr_in *>(&native->storage);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr = host;
    native->length = sizeof(sockaddr_in);
    return true;
}

int openSocket(int domain)
{
#ifdef SOCK_NONBLOCK
    const int fd = ::socket(domain, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    return fd >= 0 ? fd : -errno;
#else
    const int fd = ::socket(domain, SOCK_STREAM, 0);
    if (fd < 0)
        return -errno;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (const int error = setNonBlocking(fd); error < 0) {
        ::close(fd);
        return error;
    }
    return fd;
#endif
}

int bindSocket(int fd, const NativeAddress &address)
{
    return ::bind(fd, address.data(), address.length) == 0 ? 0 : -errno;
}

int listenSocket(int fd, int backlog)
{
    return ::listen(fd, backlog) == 0 ? 0 : -errno;
}

int acceptConnection(int listenFd, NativeAddress *peer)
{
    sockaddr *address = peer ? reinterpret_cast<sockaddr *>(&peer->storage) : nullptr;
    socklen_t *length = nullptr;
    if (peer) {
        peer->length = sizeof(peer->storage);
        length = &peer->length;
    }
#ifdef __linux__
    return retryOnInterrupt(
            [&] { return ::accept4(listenFd, address, length, SOCK_NONBLOCK | SOCK_CLOEXEC); });
#else
    const int fd = retryOnInterrupt([&] { return ::accept(listenFd, address, length); });
    if (fd >= 0) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        setNonBlocking(fd);
    }
    return fd;
#endif
}

int connectSocket(int fd, const NativeAddress &address)
{
    // After EINTR the connect goes on in the background: report it as in progress.
    if (::connect(fd, address.data(), address.length) == 0)
        return 0;
    return errno == EINTR ? -EINPROGRESS : -errno;
}

int pendingError(int fd)
{
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return -errno;
    return error;
}

ssize_t readSome(int fd, char *buffer, size_t size)
{
    return retryOnInterrupt([&] { return ::read(fd, buffer, size); });
}

ssize_t writeVector(int fd, const iovec *vectors, int count)
{
#ifdef MSG_NOSIGNAL
    // sendmsg with MSG_NOSIGNAL: a closed peer gives EPIPE, never SIGPIPE.
    msghdr message {};
    message.msg_iov = const_cast<iovec *>(vectors);
    message.msg_iovlen = size_t(count);
    return retryOnInterrupt([&] { return ::sendmsg(fd, &message, MSG_NOSIGNAL); });
#else
    return retryOnInterrupt([&] { return ::writev(fd, vectors, count); });
#endif
}

int shutdownWrite(int fd)
{
    return ::shutdown(fd, SHUT_WR) == 0 ? 0 : -errno;
}

void closeSocket(int fd)
{
    // POSIX leaves the fd state unspecified after EINTR; on Linux it is closed: never retry.
    ::close(fd);
}

int openSpareDescriptor()
{
    return retryOnInterrupt([] { return ::open("/", O_RDONLY | O_CLOEXEC); });
}

void closeWithReset(int fd)
{
    linger option {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, sizeof(option));
    ::close(fd);
}

int setReuseAddress(int fd)
{
    return setIntOption(fd, SOL_SOCKET, SO_REUSEADDR, 1);
}

int setIpv6Only(int fd, bool only)
{
    return setIntOption(fd, IPPROTO_IPV6, IPV6_V6ONLY, only ? 1 : 0);
}

int setNoDelay(int fd, bool enable)
{
    return setIntOption(fd, IPPROTO_TCP, TCP_NODELAY, enable ? 1 : 0);
}

int setKeepAlive(int fd, bool enable, int idleSeconds)
{
    if (const int error = setIntOption(fd, SOL_SOCKET, SO_KEEPALIVE, enable ? 1 : 0); error < 0)
        return error;
    if (!enable || idleSeconds <= 0)
        return 0;
#ifdef TCP_KEEPIDLE
    return setIntOption(fd, IPPROTO_TCP, TCP_KEEPIDLE, idleSeconds);
#elif defined(TCP_KEEPALIVE)
    return setIntOption(fd, IPPROTO_TCP, TCP_KEEPALIVE, idleSeconds);
#else
    return 0;
#endif
}

int setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0)
        return -errno;
    return 0;
}

bool isPeerAsDialled(const NativeAddress &address)
{
    switch (address.storage.ss_family) {
    case AF_INET:
        return reinterpret_cast<const sockaddr_in *>(&address.storage)->sin_addr.s_addr
                != htonl(INADDR_ANY);
    case AF_INET6: {
        const in6_addr &host = reinterpret_cast<const sockaddr_in6 *>(&address.storage)->sin6_addr;
        return !IN6_IS_ADDR_UNSPECIFIED(&host) && !IN6_IS_ADDR_V4MAPPED(&host)
                && !IN6_IS_ADDR_LINKLOCAL(&host);
    }
    default: return false;
    }
}

SocketAddress fromNative(const NativeAddress &address)
{
    return SocketAddress::fromSockaddr(address.data(), address.length);
}

SocketAddress localAddress(int fd)
{
    return queryAddress(fd, false);
}

SocketAddress peerAddress(int fd)
{
    return queryAddress(fd, true);
}

int socketDomain(int fd)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof(storage);
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return -errno;
    return storage.ss_family;
}

bool ipv6Available()
{
    static const bool available = [] {
        const int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return false;
        ::close(fd);
        return true;
    }();
    return available;
}

int unlinkPath(const QString &path)
{
    return ::unlink(QFile::encodeName(path).constData()) == 0 ? 0 : -errno;
}

} // namespace netcore::sys
