#include "socketaddress.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>

namespace netcore {

SocketAddress::SocketAddress(const QHostAddress &address, quint16 port)
    : m_type(Type::Ip)
    , m_address(address)
    , m_port(port)
{ }

SocketAddress SocketAddress::unixPath(const QString &path)
{
    SocketAddress result;
    result.m_type = Type::Unix;
    result.m_path = path;
    return result;
}

SocketAddress SocketAddress::fromSockaddr(const sockaddr *address, unsigned length)
{
    if (!address || length < sizeof(sa_family_t))
        return {};
    switch (address->sa_family) {
    case AF_INET: {
        const auto *in = reinterpret_cast<const sockaddr_in *>(address);
        return {QHostAddress(ntohl(in->sin_addr.s_addr)), ntohs(in->sin_port)};
    }
    case AF_INET6: {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(address);
        QHostAddress host(in6->sin6_addr.s6_addr);
        if (in6->sin6_scope_id)
            host.setScopeId(QString::number(in6->sin6_scope_id));
        return {host, ntohs(in6->sin6_port)};
    }
    case AF_UNIX: {
        const auto *un = reinterpret_cast<const sockaddr_un *>(address);
        const qsizetype offset = offsetof(sockaddr_un, sun_path);
        qsizetype size = qsizetype(length) - offset;
        if (size <= 0)
            return unixPath(QString()); // unnamed: the client end of a connection
        if (un->sun_path[0] == '\0')    // Linux abstract name: keep Node's '@' spelling
            return unixPath(QLatin1Char('@') + QString::fromLocal8Bit(un->sun_path + 1, size - 1));
        size = qsizetype(strnlen(un->sun_path, size_t(size)));
        return unixPath(QString::fromLocal8Bit(un->sun_path, size));
    }
    default: return {};
    }
}

QString SocketAddress::address() const
{
    if (m_type != Type::Ip)
        return {};
    QHostAddress plain = m_address;
    plain.setScopeId(QString());
    QString text = plain.toString();
    if (!m_address.scopeId().isEmpty())
        text += QLatin1Char('%') + m_address.scopeId();
    return text;
}

QString SocketAddress::family() const
{
    if (m_type != Type::Ip)
        return {};
    return m_address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                 : QStringLiteral("IPv4");
}

int SocketAddress::familyNumber() const
{
    if (m_type != Type::Ip)
        return 0;
    return m_address.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4;
}

QString SocketAddress::toString() const
{
    switch (m_type) {
    case Type::Ip:
        if (familyNumber() == 6)
            return QLatin1Char('[') + address() + QStringLiteral("]:") + QString::number(m_port);
        return address() + QLatin1Char(':') + QString::number(m_port);
    case Type::Unix: return m_path;
    case Type::None: break;
    }
    return {};
}

} // namespace netcore
