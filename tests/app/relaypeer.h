#pragma once

#include "net/server.h"
#include "net/socket.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QObject>
#include <QString>
#include <QStringList>

// The other end of a `netbench listen` or `netbench connect` relay, run by netcore on the
// test's event loop (so a test waits for it with QTRY_* while the netbench process runs).
// It hashes everything it receives, and as told: ends its side first, sends a payload (then
// ends) at once or once netbench has ended its side, or resets the connection (SO_LINGER 0,
// then close) once it has received some bytes.
class RelayPeer final : public QObject
{
public:
    struct Behaviour
    {
        bool endFirst = false;    // end() as soon as the connection is open
        QByteArray payload;       // sent, then end()
        qint64 resetAfter = -1;   // reset once this many bytes arrived; -1: never
        bool answerAtEnd = false; // send the payload only after netbench's FIN
    };

    explicit RelayPeer(const Behaviour &behaviour)
        : m_behaviour(behaviour)
    { }

    // Listens for one `netbench connect` on 127.0.0.1:0 ("tcp") or at unixPath ("unix");
    // returns the arguments that connect to it, empty on failure.
    QStringList listen(const QString &transport, const QString &unixPath)
    {
        m_server = new netcore::Server(netcore::ServerOptions {.allowHalfOpen = true}, this);
        QObject::connect(m_server, &netcore::Server::newConnection, this,
                         [this](netcore::Socket *socket) {
                             if (m_socket)
                                 return socket->destroy();
                             attach(socket);
                             serve();
                         });
        bool listening = false;
        QObject::connect(m_server, &netcore::Server::listening, this,
                         [&listening] { listening = true; });
        const netcore::NetError error = transport == u"tcp"
                ? m_server->listen(0, QStringLiteral("127.0.0.1"))
                : m_server->listenOnPath(unixPath);
        if (error || !QTest::qWaitFor([&] { return listening; }, 10000))
            return {};
        if (transport != u"tcp")
            return {unixPath};
        return {QStringLiteral("127.0.0.1"), QString::number(m_server->address().port())};
    }

    // Connects to a `netbench listen` at "127.0.0.1:PORT" or a Unix socket path.
    void connectTo(const QString &address)
    {
        auto *socket = new netcore::Socket(netcore::SocketOptions {.allowHalfOpen = true}, this);
        attach(socket);
        QObject::connect(socket, &netcore::Socket::connected, this, [this] { serve(); });
        if (address.contains(u'/')) {
            socket->connectToPath(address);
        } else {
            const qsizetype colon = address.lastIndexOf(u':');
            socket->connectTo(address.mid(colon + 1).toInt(), address.left(colon));
        }
    }

    QByteArray receivedHash() const { return m_hash.result(); }
    qint64 received() const { return m_received; }
    bool hasEnded() const { return m_ended; } // the peer's FIN came
    bool isClosed() const { return m_closed; }
    QString error() const { return m_error; }

private:
    void attach(netcore::Socket *socket)
    {
        m_socket = socket;
        QObject::connect(socket, &netcore::Socket::dataReceived, this,
                         [this](const QByteArray &chunk) {
                             m_hash.addData(chunk);
                             m_received += chunk.size();
                             if (m_behaviour.resetAfter >= 0 && m_received >= m_behaviour.resetAfter
                                 && !m_reset) {
                                 m_reset = true;
                                 m_socket->resetAndDestroy();
                             }
                         });
        QObject::connect(socket, &netcore::Socket::ended, this, [this] {
            m_ended = true;
            if (m_behaviour.answerAtEnd)
                m_socket->end(m_behaviour.payload);
        });
        QObject::connect(socket, &netcore::Socket::errorOccurred, this,
                         [this](const netcore::NetError &error) { m_error = error.message(); });
        QObject::connect(socket, &netcore::Socket::closed, this, [this] { m_closed = true; });
    }

    void serve()
    {
        if (m_behaviour.answerAtEnd)
            return;
        if (!m_behaviour.payload.isEmpty()) {
            m_socket->write(m_behaviour.payload);
            m_socket->end();
        } else if (m_behaviour.endFirst) {
            m_socket->end();
        }
    }

    Behaviour m_behaviour;
    netcore::Server *m_server = nullptr;
    netcore::Socket *m_socket = nullptr;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_received = 0;
    bool m_ended = false;
    bool m_closed = false;
    bool m_reset = false;
    QString m_error;
};
