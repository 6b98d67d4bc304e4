#pragma once

#include <QHostAddress>
#include <QString>

struct sockaddr;
struct sockaddr_storage;

namespace netcore {

// Where a socket is bound or connected: an IP address and port, or a Unix socket path.
class SocketAddress final
{
public:
    enum class Type { None, Ip, Unix };

    SocketAddress() = default;
    SocketAddress(const QHostAddress &address, quint16 port);
    static SocketAddress unixPath(const QString &path);
    // Decodes what getsockname()/getpeername()/accept() filled in.
    static SocketAddress fromSockaddr(const sockaddr *address, unsigned length);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::None; }
    bool isUnix() const { return m_type == Type::Unix; }

    QHostAddress hostAddress() const { return m_address; }
    // Node's text form: "127.0.0.1", "::1", "::ffff:127.0.0.1" (no scope brackets).
    QString address() const;
    quint16 port() const { return m_port; }
    // "IPv4" or "IPv6" (Node's family names), empty for Unix sockets.
    QString family() const;
    int familyNumber() const; // 4, 6, or 0
    QString path() const { return m_path; }

    // "127.0.0.1:80", "[::1]:80" or the path.
    QString toString() const;

    friend bool operator==(const SocketAddress &, const SocketAddress &) = default;

private:
    Type m_type = Type::None;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_path;
};

} // namespace netcore
