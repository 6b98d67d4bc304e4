#pragma once

// One real echo exchange over loopback (TCP on 127.0.0.1 or a Unix socket): the client
// writes a payload, the server echoes it, the client ends, both sides close.

#include "net/server.h"
#include "net/socket.h"

#include <QSignalSpy>
#include <QTest>

namespace loopback {

struct Exchange
{
    quint64 serverId = 0;
    quint64 clientId = 0;
    quint64 acceptedId = 0;
    QByteArray echoed;
};

// Fails the current test (QVERIFY) when the exchange does not complete; check
// QTest::currentTestFailed() afterwards.
inline void runEcho(const netcore::ListenOptions &listen, const QByteArray &payload,
                    Exchange *result)
{
    netcore::Server server;
    QSignalSpy listening(&server, &netcore::Server::listening);
    QSignalSpy serverClosed(&server, &netcore::Server::closed);
    QVERIFY(!server.listen(listen));
    QTRY_COMPARE(listening.count(), 1);
    QObject::connect(
            &server, &netcore::Server::newConnection, &server, [result](netcore::Socket *socket) {
                result->acceptedId = socket->id();
                QObject::connect(socket, &netcore::Socket::dataReceived, socket,
                                 [socket](const QByteArray &data) { socket->write(data); });
            });
    netcore::Socket client;
    QSignalSpy clientClosed(&client, &netcore::Socket::closed);
    QObject::connect(&client, &netcore::Socket::dataReceived, &client,
                     [result](const QByteArray &data) { result->echoed += data; });
    const netcore::SocketAddress address = server.address();
    const netcore::NetError refused = address.isUnix()
            ? client.connectToPath(address.path())
            : client.connectTo(address.port(), QStringLiteral("127.0.0.1"));
    QVERIFY(!refused);
    QSignalSpy connected(&client, &netcore::Socket::connected);
    QVERIFY(connected.wait(5000));
    client.write(payload);
    QTRY_COMPARE(result->echoed.size(), payload.size());
    client.end();
    QTRY_COMPARE(clientClosed.count(), 1);
    QTRY_COMPARE(server.connectionCount(), 0);
    server.close();
    QTRY_COMPARE(serverClosed.count(), 1);
    result->serverId = server.id();
    result->clientId = client.id();
}

} // namespace loopback
