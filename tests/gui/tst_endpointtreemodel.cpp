// EndpointTreeModel over the records of real loopback traffic (a recorder installed on this
// thread): servers with their accepted connections under them, clients at the top, each
// state as the records say, under QAbstractItemModelTester.

#include "gui/endpointtreemodel.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include "../net/testpeers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using State = gui::EndpointTreeModel::State;

class tst_EndpointTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void serverClientAndHalfClose();
    void refusedClientShowsTheError();
    void removeClosed();
    void manyConnectionsCostOneSignalPerParent();
    void pairedLegMovesAndRowsFollow();

private:
    QList<trace::TraceRecord> takeRecords();

    std::unique_ptr<trace::TraceRecorder> m_recorder;
    quint64 m_lastSeq = 0;
};

void tst_EndpointTreeModel::init()
{
    m_recorder = std::make_unique<trace::TraceRecorder>();
    m_lastSeq = 0;
    netcore::NetObserver::install(m_recorder.get());
}

void tst_EndpointTreeModel::cleanup()
{
    netcore::NetObserver::install(nullptr);
    m_recorder.reset();
}

QList<trace::TraceRecord> tst_EndpointTreeModel::takeRecords()
{
    QList<trace::TraceRecord> records = m_recorder->eventsSince(m_lastSeq);
    if (!records.isEmpty())
        m_lastSeq = records.constLast().seq;
    return records;
}

void tst_EndpointTreeModel::serverClientAndHalfClose()
{
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    netcore::ServerOptions options;
    options.allowHalfOpen = true;
    netcore::Server server(options);
    netcore::Socket *accepted = nullptr;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted](netcore::Socket *socket) { accepted = socket; });
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    model.applyRecords(takeRecords());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.state(server.id()), std::optional(State::Listening));
    QVERIFY(model.index(0, 0).data().toString().contains(u"127.0.0.1:"_s));

    netcore::SocketOptions clientOptions;
    clientOptions.allowHalfOpen = true;
    netcore::Socket client(clientOptions);
    QSignalSpy connected(&client, &netcore::Socket::connected);
    QVERIFY(!client.connectTo(server.address().port(), u"127.0.0.1"_s));
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY(accepted);
    model.applyRecords(takeRecords());

    // Server with the accepted connection under it; the client at the top.
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex serverIndex = model.indexOf(server.id());
    QCOMPARE(model.rowCount(serverIndex), 1);
    QCOMPARE(model.index(0, 0, serverIndex).data(EndpointTreeModel::IdRole).toULongLong(),
             accepted->id());
    QCOMPARE(model.state(client.id()), std::optional(State::Open));
    QCOMPARE(model.state(accepted->id()), std::optional(State::Open));
    QCOMPARE(inserted.count(), 3); // one row per endpoint

    // Half-close: the client ends; it is readOnly, the accepted side writeOnly.
    client.write(QByteArray("abc"));
    client.end();
    QSignalSpy acceptedEnded(accepted, &netcore::Socket::ended);
    QVERIFY(acceptedEnded.wait(5000));
    model.applyRecords(takeRecords());
    QCOMPARE(model.state(client.id()), std::optional(State::ReadOnly));
    QCOMPARE(model.state(accepted->id()), std::optional(State::WriteOnly));
    QVERIFY(model.indexOf(client.id(), EndpointTreeModel::TrafficColumn)
                    .data()
                    .toString()
                    .contains(u"out 3"_s));
    QCOMPARE(model.indexOf(accepted->id(), EndpointTreeModel::StateColumn).data().toString(),
             u"half-open (writeOnly)"_s);

    QSignalSpy clientClosed(&client, &netcore::Socket::closed);
    accepted->end();
    QVERIFY(clientClosed.wait(5000));
    QTRY_COMPARE(server.connectionCount(), 0);
    model.applyRecords(takeRecords());
    QCOMPARE(model.state(client.id()), std::optional(State::Closed));
    QCOMPARE(model.liveCount(), 1); // the server
}

void tst_EndpointTreeModel::refusedClientShowsTheError()
{
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int port = 0;
    {
        netcore::Server server;
        QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
        port = server.address().port();
        server.close();
    }
    netcore::Socket client;
    QSignalSpy closed(&client, &netcore::Socket::closed);
    QVERIFY(!client.connectTo(port, u"127.0.0.1"_s));
    QVERIFY(closed.wait(5000));
    model.applyRecords(takeRecords());
    QCOMPARE(model.state(client.id()), std::optional(State::Error));
    const QString tip = model.indexOf(client.id()).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"ECONNREFUSED"_s), qPrintable(tip));
}

void tst_EndpointTreeModel::removeClosed()
{
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    netcore::Server server;
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    netcore::Socket client;
    QSignalSpy closed(&client, &netcore::Socket::closed);
    QVERIFY(!client.connectTo(server.address().port(), u"127.0.0.1"_s));
    client.destroy();
    QVERIFY(closed.wait(5000));
    model.applyRecords(takeRecords());
    QCOMPARE(model.rowCount(), 2);
    model.removeClosed();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.indexOf(server.id()).isValid());
    QVERIFY(!model.indexOf(client.id()).isValid());
}

// A view pays for every insertion and dataChanged() it gets (QTreeView lays the changed rows
// out again, sizing its columns to their contents): with thousands of connections, a signal
// per row kept the window busy for a minute when they all closed. A batch costs one insertion
// and one dataChanged() per parent, whatever the number of rows.
void tst_EndpointTreeModel::manyConnectionsCostOneSignalPerParent()
{
    constexpr int Clients = 200;
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int accepted = 0; // before the server: its sockets' handlers count into these
    int acceptedClosed = 0;
    netcore::Server server;
    connect(&server, &netcore::Server::newConnection, this,
            [this, &accepted, &acceptedClosed](netcore::Socket *socket) {
                ++accepted;
                connect(socket, &netcore::Socket::closed, this,
                        [&acceptedClosed] { ++acceptedClosed; });
            });
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    model.applyRecords(takeRecords());

    std::vector<std::unique_ptr<netcore::Socket>> clients;
    int connected = 0;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<netcore::Socket>();
        connect(client.get(), &netcore::Socket::connected, this, [&connected] { ++connected; });
        QVERIFY(!client->connectTo(server.address().port(), u"127.0.0.1"_s));
        clients.push_back(std::move(client));
    }
    QTRY_VERIFY_WITH_TIMEOUT(connected == Clients && accepted == Clients, 20000);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyRecords(takeRecords());
    QCOMPARE(inserted.count(), 2); // the clients at the top, the accepted under the server
    QCOMPARE(changed.count(), 1);  // the server's row: its connection count
    QCOMPARE(model.rowCount(), Clients + 1);
    const QModelIndex serverIndex = model.indexOf(server.id());
    QCOMPARE(model.rowCount(serverIndex), Clients);
    QVERIFY(serverIndex.siblingAtColumn(EndpointTreeModel::TrafficColumn)
                    .data()
                    .toString()
                    .startsWith(QString::number(Clients)));
    for (const auto &client : clients) {
        const QModelIndex index = model.indexOf(client->id());
        QCOMPARE(model.index(index.row(), 0).data(EndpointTreeModel::IdRole).toULongLong(),
                 client->id());
        QCOMPARE(model.state(client->id()), std::optional(State::Open));
    }

    // Every other client closes: one signal per parent, spanning the rows that changed.
    int closed = 0;
    for (int i = 0; i < Clients; i += 2) {
        connect(clients[size_t(i)].get(), &netcore::Socket::closed, this, [&closed] { ++closed; });
        clients[size_t(i)]->destroy();
    }
    // Each close is recorded just before closed() is emitted: both ends' are in the recorder.
    QTRY_VERIFY_WITH_TIMEOUT(closed == Clients / 2 && acceptedClosed == Clients / 2, 20000);
    inserted.clear();
    changed.clear();
    model.applyRecords(takeRecords());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 2); // the clients' rows, the accepted rows under the server
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        QCOMPARE(from.parent(), to.parent());
        QVERIFY(to.row() - from.row() >= Clients - 2);
    }
    QCOMPARE(model.liveCount(), 1 + Clients); // the server, half the clients and their peers

    // Rows are where the model says they are, after closed ones are dropped too.
    model.removeClosed();
    QCOMPARE(model.rowCount(), 1 + Clients / 2);
    QCOMPARE(model.rowCount(model.indexOf(server.id())), Clients / 2);
    for (int i = 1; i < Clients; i += 2) {
        const QModelIndex index = model.indexOf(clients[size_t(i)]->id());
        QVERIFY(index.isValid());
        QCOMPARE(model.index(index.row(), 0).data(EndpointTreeModel::IdRole).toULongLong(),
                 clients[size_t(i)]->id());
    }
}

// A target leg that recorded before its pairing moves under its client leg; the rows after the
// one it left move up, and every row is where indexOf() says.
void tst_EndpointTreeModel::pairedLegMovesAndRowsFollow()
{
    EndpointTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    netcore::Server server;
    QVERIFY(testpeers::listenAndWait(server, netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    std::vector<std::unique_ptr<netcore::Socket>> clients;
    int connected = 0;
    for (int i = 0; i < 4; ++i) {
        auto client = std::make_unique<netcore::Socket>();
        connect(client.get(), &netcore::Socket::connected, this, [&connected] { ++connected; });
        QVERIFY(!client->connectTo(server.address().port(), u"127.0.0.1"_s));
        clients.push_back(std::move(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected, 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 4, 10000);
    model.applyRecords(takeRecords());
    QCOMPARE(model.rowCount(), 5); // the server, then the clients in order

    // Client 1 (row 2) becomes client 0's target leg: rows 3 and 4 move up.
    const quint64 leg = clients[1]->id();
    model.pairRelayLegs(clients[0]->id(), leg);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex parent = model.indexOf(clients[0]->id());
    QCOMPARE(model.rowCount(parent), 1);
    QCOMPARE(model.indexOf(leg).parent(), parent);
    QCOMPARE(model.indexOf(leg).row(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const quint64 id = model.index(row, 0).data(EndpointTreeModel::IdRole).toULongLong();
        QCOMPARE(model.indexOf(id).row(), row);
    }
    QCOMPARE(model.indexOf(clients[3]->id()).row(), 3);
}

QTEST_GUILESS_MAIN(tst_EndpointTreeModel)
#include "tst_endpointtreemodel.moc"
