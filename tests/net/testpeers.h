#pragma once

// Loopback peers for the netcore Server/Socket tests: the transports as data rows, a listening
// server that hands out the accepted socket, and an event log that records a socket's signals
// in order (and notices any that arrive from inside the call that caused them).

#include "net/server.h"
#include "net/socket.h"

#include <QObject>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testpeers {

using namespace Qt::StringLiterals;

enum class Transport { Tcp4, Tcp6, Unix };

inline QString loopbackHost(Transport transport)
{
    return transport == Transport::Tcp6 ? u"::1"_s : u"127.0.0.1"_s;
}

inline bool hasIpv6Loopback()
{
    static const bool available = [] {
        const int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return false;
        sockaddr_in6 address {};
        address.sin6_family = AF_INET6;
        address.sin6_addr = in6addr_loopback;
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        return bound;
    }();
    return available;
}

// One row per transport for a column "transport"; suffix is appended to the row names.
inline void addTransportRows(const char *suffix = "")
{
    QTest::newRow(qPrintable(u"tcp4"_s + QLatin1StringView(suffix))) << Transport::Tcp4;
    QTest::newRow(qPrintable(u"tcp6"_s + QLatin1StringView(suffix))) << Transport::Tcp6;
    QTest::newRow(qPrintable(u"unix"_s + QLatin1StringView(suffix))) << Transport::Unix;
}

inline netcore::ListenOptions listenOptionsFor(Transport transport, const QTemporaryDir &dir,
                                               const QString &name = u"server.sock"_s)
{
    if (transport == Transport::Unix)
        return netcore::ListenOptions::unixPath(dir.filePath(name));
    return netcore::ListenOptions::tcp(0, loopbackHost(transport));
}

inline netcore::ConnectOptions connectOptionsFor(const netcore::Server &server)
{
    const netcore::SocketAddress address = server.address();
    if (address.isUnix())
        return netcore::ConnectOptions::unixPath(address.path());
    return netcore::ConnectOptions::tcp(address.port(), address.address());
}

// Listens and waits for listening(); false on a refused call, an error or a timeout.
[[nodiscard]] inline bool listenAndWait(netcore::Server &server,
                                        const netcore::ListenOptions &options)
{
    QSignalSpy listening(&server, &netcore::Server::listening);
    QSignalSpy failed(&server, &netcore::Server::errorOccurred);
    if (const netcore::NetError error = server.listen(options)) {
        qWarning("listen() refused: %s", qPrintable(error.message()));
        return false;
    }
    if (!QTest::qWaitFor([&] { return !listening.isEmpty() || !failed.isEmpty(); }, 5000))
        return false;
    if (!failed.isEmpty()) {
        qWarning("listen failed: %s",
                 qPrintable(failed.first().first().value<netcore::NetError>().message()));
    }
    return listening.size() == 1 && failed.isEmpty() && server.isListening();
}

// Connects client to server and waits for both ends; returns the server's end (a child of
// server) or nullptr.
[[nodiscard]] inline netcore::Socket *connectAndAccept(netcore::Server &server,
                                                       netcore::Socket &client)
{
    QPointer<netcore::Socket> accepted;
    const auto connection = QObject::connect(&server, &netcore::Server::newConnection, &client,
                                             [&accepted](netcore::Socket *socket) {
                                                 if (!accepted)
                                                     accepted = socket;
                                             });
    QSignalSpy connected(&client, &netcore::Socket::connected);
    const netcore::NetError refused = client.connectTo(connectOptionsFor(server));
    const bool ok
            = !refused && QTest::qWaitFor([&] { return !connected.isEmpty() && accepted; }, 5000);
    QObject::disconnect(connection);
    return ok ? accepted.data() : nullptr;
}

// A loopback TCP port that refuses connections: bound, never listening, held until this dies.
class RefusingPort final
{
public:
    explicit RefusingPort(Transport transport)
    {
        const bool v6 = transport == Transport::Tcp6;
        m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (v6) {
            auto *address = reinterpret_cast<sockaddr_in6 *>(&storage);
            address->sin6_family = AF_INET6;
            address->sin6_addr = in6addr_loopback;
            length = sizeof *address;
        } else {
            auto *address = reinterpret_cast<sockaddr_in *>(&storage);
            address->sin_family = AF_INET;
            address->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            length = sizeof *address;
        }
        auto *raw = reinterpret_cast<sockaddr *>(&storage);
        if (m_fd >= 0 && ::bind(m_fd, raw, length) == 0 && ::getsockname(m_fd, raw, &length) == 0)
            m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                              : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    ~RefusingPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = -1;
};

// Records a socket's signals as Node event names, in order: "lookup", "connect", "data"
// (consecutive chunks count once), "drain", "end", "timeout", "error:<code>",
// "close:<hadError>". Events delivered while a call made through during() runs are also
// listed in 'synchronous', which must stay empty.
class EventLog final : public QObject
{
public:
    explicit EventLog(netcore::Socket *socket)
    {
        using netcore::NetError;
        using netcore::Socket;
        connect(socket, &Socket::lookup, this,
                [this](const NetError &error, const QString &address, int family,
                       const QString &host) {
                    lookupError = error;
                    lookupAddress = address;
                    lookupFamily = family;
                    lookupHost = host;
                    record(u"lookup"_s);
                });
        connect(socket, &Socket::connected, this, [this] { record(u"connect"_s); });
        connect(socket, &Socket::dataReceived, this, [this](const QByteArray &chunk) {
            data += chunk;
            recordData();
        });
        connect(socket, &Socket::textReceived, this, [this](const QString &chunk) {
            text += chunk;
            textChunks.append(chunk);
            recordData();
        });
        connect(socket, &Socket::drained, this, [this] { record(u"drain"_s); });
        connect(socket, &Socket::ended, this, [this] { record(u"end"_s); });
        connect(socket, &Socket::timedOut, this, [this] { record(u"timeout"_s); });
        connect(socket, &Socket::errorOccurred, this, [this](const NetError &error) {
            errors.append(error);
            record(u"error:"_s + error.code());
        });
        connect(socket, &Socket::closed, this,
                [this](bool hadError) { record(hadError ? u"close:true"_s : u"close:false"_s); });
    }

    // Runs call() and notes every event this socket delivers before it returns.
    template<typename Call> decltype(auto) during(Call &&call)
    {
        const QScopedValueRollback<bool> inCall(m_inCall, true);
        return call();
    }

    void record(const QString &event)
    {
        events.append(event);
        if (m_inCall)
            synchronous.append(event);
    }

    // The events as one string, "connect data end close:false", for readable comparisons.
    // ignored drops one event name, e.g. "drain" where write() may or may not return false.
    QString sequence(const QString &ignored = {}) const
    {
        QStringList kept;
        for (const QString &event : events) {
            if (event != ignored
                && !(event == u"data"_s && !kept.isEmpty() && kept.last() == event))
                kept.append(event);
        }
        return kept.join(u' ');
    }

    bool hasClosed() const
    {
        return events.contains(u"close:false"_s) || events.contains(u"close:true"_s);
    }

    QStringList events;
    QStringList synchronous;
    QByteArray data;
    QString text;
    QStringList textChunks;
    QList<netcore::NetError> errors;
    netcore::NetError lookupError;
    QString lookupAddress;
    int lookupFamily = 0;
    QString lookupHost;

private:
    void recordData()
    {
        if (events.isEmpty() || events.last() != u"data"_s)
            record(u"data"_s);
        else if (m_inCall)
            synchronous.append(u"data"_s);
    }

    bool m_inCall = false;
};

} // namespace testpeers

Q_DECLARE_METATYPE(testpeers::Transport)

#define SKIP_IF_UNAVAILABLE(transport) \
    do { \
        if ((transport) == testpeers::Transport::Tcp6 && !testpeers::hasIpv6Loopback()) \
            QSKIP("IPv6 loopback (::1) is not available on this machine"); \
    } while (false)
