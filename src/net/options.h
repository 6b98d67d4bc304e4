#pragma once

#include "neterror.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace netcore {

inline constexpr int DefaultBacklog = 511;

// A resolved address, as dns.lookup() gives it.
struct ResolvedAddress
{
    QString address;
    int family = 4; // 4 or 6
    friend bool operator==(const ResolvedAddress &, const ResolvedAddress &) = default;
};

// Node's `lookup` option: resolve host for the given family and call done exactly once.
using LookupDone
        = std::function<void(const NetError &error, const QList<ResolvedAddress> &addresses)>;
using LookupFunction
        = std::function<void(const QString &host, int family, int hints, LookupDone done)>;

// new net.Socket(options)
struct SocketOptions
{
    int fd = -1; // wrap an already-open, connected socket
    bool allowHalfOpen = false;
    bool readable = false; // with fd: allow reads
    bool writable = false; // with fd: allow writes
};

// socket.connect(options): port + host for TCP, or path for a Unix domain socket.
struct ConnectOptions
{
    std::optional<int> port; // checked: 0 <= port < 65536
    QString host;            // empty means "localhost"
    QString localAddress;
    std::optional<int> localPort;
    int family = 0;                // 0, 4 or 6
    int hints = 0;                 // getaddrinfo() ai_flags
    LookupFunction lookup;         // replaces the built-in resolver when set
    std::optional<qint64> timeout; // ms, as socket.setTimeout()
    QString path;                  // Unix domain socket; used when port is not set
    bool noDelay = false;
    bool keepAlive = false;
    int keepAliveInitialDelay = 0; // ms

    static ConnectOptions tcp(int port, const QString &host = {});
    static ConnectOptions unixPath(const QString &path);
};

// server.listen(options)
struct ListenOptions
{
    std::optional<int> port; // 0 or unset with no path: an ephemeral port
    QString host;            // empty: "::" when IPv6 is available, else "0.0.0.0"
    QString path;            // Unix domain socket; used when port is not set
    int fd = -1;             // listen on this already-bound socket
    int backlog = DefaultBacklog;
    bool exclusive = false;
    bool ipv6Only = false;

    static ListenOptions tcp(int port = 0, const QString &host = {});
    static ListenOptions unixPath(const QString &path);
    static ListenOptions fromFd(int fd);
};

// net.createServer(options)
struct ServerOptions
{
    bool allowHalfOpen = false;
    bool pauseOnConnect = false;
    bool noDelay = false;
    bool keepAlive = false;
    int keepAliveInitialDelay = 0; // ms
};

// Node's validatePort() for text input: "8080" is a port, "abc", "-1", "65536" are not.
// name is used in the message ("options.port", "Port").
NetError parsePort(const QString &text, int *port, const QString &name = QStringLiteral("Port"));

} // namespace netcore
