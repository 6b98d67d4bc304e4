#include "echodemo.h"

#include "cli.h"

#include "net/neterror.h"
#include "net/options.h"
#include "net/server.h"
#include "net/socket.h"
#include "net/socketaddress.h"

#include <QTemporaryDir>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr int WatchdogMs = 10'000;

// What the client sends, one write() each, the next one once the previous came back.
constexpr std::array Lines = {
        "hello, netcore\n",
        "a second line\n",
        "and a third\n",
};

// Node's usual names: `server`, the `socket` its 'connection' event hands out, and `client`.
QString sideName(EchoDemo::Side side)
{
    switch (side) {
    case EchoDemo::Side::Server: return u"server"_s;
    case EchoDemo::Side::ServerSocket: return u"socket"_s;
    case EchoDemo::Side::Client: return u"client"_s;
    }
    Q_UNREACHABLE();
    return {};
}

// "15 bytes  "hello, netcore\n"": control and non-ASCII bytes escaped as C does.
QString describeBytes(const QByteArray &data)
{
    QString text;
    for (const char c : data) {
        switch (c) {
        case '\n': text += u"\\n"_s; break;
        case '\r': text += u"\\r"_s; break;
        case '\t': text += u"\\t"_s; break;
        case '"': text += u"\\\""_s; break;
        case '\\': text += u"\\\\"_s; break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QLatin1Char(c);
            else
                text += u"\\x"_s + QString::number(uchar(c), 16).rightJustified(2, u'0');
        }
    }
    return u"%1 bytes  \"%2\""_s.arg(QString::number(data.size()), text);
}

// An unbound Unix socket (the client end of one) has no path; say so rather than print nothing.
QString describeAddress(const netcore::SocketAddress &address)
{
    const QString text = address.toString();
    return text.isEmpty() ? u"(unnamed)"_s : text;
}

} // namespace

EchoDemo::EchoDemo(Transport transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_server(new netcore::Server(netcore::ServerOptions {.allowHalfOpen = true}, this))
    , m_client(new netcore::Socket(this))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        failWith(tr("The demo did not finish within %1 seconds.").arg(WatchdogMs / 1000));
    });

    connect(m_server, &netcore::Server::listening, this, &EchoDemo::onListening);
    connect(m_server, &netcore::Server::newConnection, this, &EchoDemo::onConnection);
    connect(m_server, &netcore::Server::dropped, this,
            [this](const netcore::SocketAddress &, const netcore::SocketAddress &remote) {
                print(Side::Server, u"drop"_s, describeAddress(remote));
            });
    connect(m_server, &netcore::Server::errorOccurred, this, [this](const netcore::NetError &e) {
        print(Side::Server, u"error"_s, e.message());
        fail(e);
    });
    connect(m_server, &netcore::Server::closed, this, [this] {
        print(Side::Server, u"close"_s);
        finish(0);
    });

    printSocketEvents(m_client, Side::Client);
    connect(m_client, &netcore::Socket::ready, this, &EchoDemo::sendNextLine);
    connect(m_client, &netcore::Socket::dataReceived, this, [this](const QByteArray &data) {
        m_bytesEchoed += data.size();
        if (m_bytesEchoed >= m_bytesSent)
            sendNextLine();
    });
    connect(m_client, &netcore::Socket::closed, this, [this] { onSocketClosed(Side::Client); });
}

EchoDemo::~EchoDemo()
{
    delete m_server; // closes and unlinks its Unix socket while m_dir still exists
}

void EchoDemo::start()
{
    m_clock.start();
    m_watchdog.start(WatchdogMs);

    netcore::NetError error;
    if (m_transport == Transport::Unix) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            failWith(tr("Cannot create a temporary directory: %1").arg(m_dir->errorString()));
            return;
        }
        const QString path = m_dir->filePath(u"netbench.sock"_s);
        print(Side::Server, u"listen()"_s, path);
        error = m_server->listenOnPath(path);
    } else {
        print(Side::Server, u"listen()"_s, u"127.0.0.1:0"_s);
        error = m_server->listen(0, u"127.0.0.1"_s);
    }
    if (error)
        fail(error);
}

void EchoDemo::print(Side side, const QString &event, const QString &detail)
{
    if (m_outputFailed)
        return;
    const double ms = double(m_clock.nsecsElapsed()) / 1e6;
    QString line
            = QString::number(ms, 'f', 3).rightJustified(9) % u" ms  "_s % sideName(side) % u"  "_s;
    line += detail.isEmpty() ? event : event.leftJustified(10) % u"  "_s % detail;
    // Flushed line by line, so a failing standard output is found on the line that failed.
    const QByteArray bytes = (line + u'\n').toLocal8Bit();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
        || std::fflush(stdout) != 0)
        onOutputFailed(errno);
}

void EchoDemo::onOutputFailed(int errnoValue)
{
    m_outputFailed = true;
    if (errnoValue == EPIPE) {
        finish(cli::ExitOutputClosed); // quietly, as listen and connect
        return;
    }
    failWith(tr("cannot write standard output: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errnoValue))));
}

// The events both kinds of socket have, printed with Node's names.
void EchoDemo::printSocketEvents(netcore::Socket *socket, Side side)
{
    using netcore::Socket;
    connect(socket, &Socket::lookup, this,
            [this, side](const netcore::NetError &error, const QString &address, int family,
                         const QString &host) {
                print(side, u"lookup"_s,
                      error ? error.message()
                            : u"%1 -> %2 (IPv%3)"_s.arg(host, address, QString::number(family)));
            });
    connect(socket, &Socket::connected, this, [this, side, socket] {
        print(side, u"connect"_s,
              describeAddress(socket->address()) % u" -> "_s % describeAddress(socket->remote()));
    });
    connect(socket, &Socket::ready, this, [this, side] { print(side, u"ready"_s); });
    connect(socket, &Socket::dataReceived, this,
            [this, side](const QByteArray &data) { print(side, u"data"_s, describeBytes(data)); });
    connect(socket, &Socket::drained, this, [this, side] { print(side, u"drain"_s); });
    connect(socket, &Socket::ended, this, [this, side] { print(side, u"end"_s); });
    connect(socket, &Socket::timedOut, this, [this, side] { print(side, u"timeout"_s); });
    connect(socket, &Socket::errorOccurred, this, [this, side](const netcore::NetError &error) {
        print(side, u"error"_s, error.message());
        fail(error);
    });
    connect(socket, &Socket::closed, this, [this, side](bool hadError) {
        print(side, u"close"_s, hadError ? u"hadError: true"_s : u"hadError: false"_s);
    });
}

void EchoDemo::onListening()
{
    const netcore::SocketAddress address = m_server->address();
    print(Side::Server, u"listening"_s, describeAddress(address));

    print(Side::Client, u"connect()"_s, describeAddress(address));
    const netcore::NetError error = address.isUnix()
            ? m_client->connectToPath(address.path())
            : m_client->connectTo(address.port(), address.address());
    if (error)
        fail(error);
}

// The server side echoes what it reads and ends its side once the client has ended its own.
void EchoDemo::onConnection(netcore::Socket *socket)
{
    print(Side::Server, u"connection"_s, describeAddress(socket->remote()));
    printSocketEvents(socket, Side::ServerSocket);
    connect(socket, &netcore::Socket::dataReceived, this, [this, socket](const QByteArray &data) {
        print(Side::ServerSocket, u"write()"_s, describeBytes(data));
        socket->write(data);
    });
    connect(socket, &netcore::Socket::ended, this, [this, socket] {
        print(Side::ServerSocket, u"end()"_s);
        socket->end();
    });
    connect(socket, &netcore::Socket::closed, this, [this] { onSocketClosed(Side::ServerSocket); });
}

// The next line once everything sent so far has come back; end() after the last one.
void EchoDemo::sendNextLine()
{
    if (m_linesSent == qsizetype(Lines.size())) {
        print(Side::Client, u"end()"_s);
        m_client->end();
        return;
    }
    const QByteArray line(Lines.at(m_linesSent++));
    m_bytesSent += line.size();
    print(Side::Client, u"write()"_s, describeBytes(line));
    m_client->write(line);
}

void EchoDemo::onSocketClosed(Side side)
{
    (side == Side::Client ? m_clientClosed : m_serverSocketClosed) = true;
    if (m_clientClosed && m_serverSocketClosed && m_server->isListening()) {
        print(Side::Server, u"close()"_s);
        m_server->close();
    }
}

void EchoDemo::fail(const netcore::NetError &error)
{
    failWith(error.message());
}

void EchoDemo::failWith(const QString &message)
{
    if (m_done)
        return;
    std::fprintf(stderr, "netbench: %s\n", qUtf8Printable(message));
    finish(1);
}

void EchoDemo::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    Q_EMIT finished(exitCode);
}
