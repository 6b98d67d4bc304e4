// EventFeed hands a backlog on in slices: every record once, in order, none lost, and the event
// stream and the endpoint tree end as they would with the whole backlog in one batch. The
// records are those of real loopback connections (a recorder installed on this thread).

#include "gui/endpointtreemodel.h"
#include "gui/eventfeed.h"
#include "gui/eventtablemodel.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include "../net/testpeers.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;

namespace {

constexpr int Timeout = 30000;

netcore::ListenOptions loopback()
{
    return netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
}

// Every row's id, state and texts, parents before their children, as a view reads them.
QStringList describe(const EndpointTreeModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        const QModelIndex index = model.index(row, 0, parent);
        cells << index.data(EndpointTreeModel::IdRole).toString()
              << index.data(EndpointTreeModel::StateRole).toString();
        for (int column = 0; column < EndpointTreeModel::ColumnCount; ++column)
            cells << index.siblingAtColumn(column).data().toString();
        rows << cells.join(u" | "_s);
        rows << describe(model, index);
    }
    return rows;
}

int liveRows(const EndpointTreeModel &model, const QModelIndex &parent = {})
{
    int live = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto state
                = EndpointTreeModel::State(index.data(EndpointTreeModel::StateRole).toInt());
        live += (state != EndpointTreeModel::State::Closed
                 && state != EndpointTreeModel::State::Error)
                ? 1
                : 0;
        live += liveRows(model, index);
    }
    return live;
}

} // namespace

class tst_EventFeed final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backlogArrivesInSlicesInOrder();
    void catchUpHandsOnEverythingRecordedAtOnce();
};

void tst_EventFeed::backlogArrivesInSlicesInOrder()
{
    constexpr int Clients = 150;
    constexpr qsizetype MaxBatch = 40;
    trace::TraceRecorder recorder;
    netcore::NetObserver::install(&recorder);

    // A listener and Clients connections that each send a byte; every other one then closes.
    netcore::Server server;
    int received = 0;
    connect(&server, &netcore::Server::newConnection, this, [&received](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket, [&received] { ++received; });
    });
    QVERIFY(testpeers::listenAndWait(server, loopback()));
    std::vector<std::unique_ptr<netcore::Socket>> clients;
    int connected = 0;
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<netcore::Socket>();
        connect(client.get(), &netcore::Socket::connected, this, [&connected, s = client.get()] {
            ++connected;
            s->write(QByteArrayLiteral("x"));
        });
        QVERIFY(!client->connectTo(server.address().port(), u"127.0.0.1"_s));
        clients.push_back(std::move(client));
    }
    QTRY_VERIFY_WITH_TIMEOUT(connected == Clients && received == Clients, Timeout);
    int closed = 0;
    for (int i = 0; i < Clients; i += 2) {
        connect(clients[size_t(i)].get(), &netcore::Socket::closed, this, [&closed] { ++closed; });
        clients[size_t(i)]->destroy();
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed, Clients / 2, Timeout);
    netcore::NetObserver::install(nullptr);
    const QList<trace::TraceRecord> all = recorder.eventsSince(0);
    QVERIFY(all.size() > 10 * MaxBatch);

    // The feed, running on its timer as in the window, with a small slice.
    gui::EventFeed feed(&recorder);
    feed.setMaxBatch(MaxBatch);
    gui::EventTableModel stream;
    EndpointTreeModel tree;
    QList<quint64> seqs;
    QList<qsizetype> sizes;
    quint64 lost = 0;
    connect(&feed, &gui::EventFeed::recordsArrived, this,
            [&](const QList<trace::TraceRecord> &records, quint64 lostBefore) {
                for (const trace::TraceRecord &record : records)
                    seqs.append(record.seq);
                sizes.append(records.size());
                lost += lostBefore;
                stream.appendRecords(records, lostBefore);
                tree.applyRecords(records);
            });
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(feed.lastSeq(), all.constLast().seq, Timeout);
    feed.stop();

    QCOMPARE(lost, 0u);
    QVERIFY(sizes.size() >= all.size() / MaxBatch);
    for (const qsizetype size : std::as_const(sizes))
        QVERIFY(size <= MaxBatch);
    QList<quint64> expected;
    for (const trace::TraceRecord &record : all)
        expected.append(record.seq);
    QCOMPARE(seqs, expected);

    // The stream holds every record in order; the tree is the one the whole backlog makes.
    QCOMPARE(stream.rowCount(), all.size());
    for (int row = 0; row < stream.rowCount(); ++row)
        QCOMPARE(stream.record(row).seq, all.at(row).seq);
    EndpointTreeModel whole;
    whole.applyRecords(all);
    QCOMPARE(describe(tree), describe(whole));
    QCOMPARE(tree.endpointCount(), 1 + 2 * Clients);
    // The server, the clients left open and their accepted ends.
    QCOMPARE(tree.liveCount(), 1 + Clients);
    QCOMPARE(liveRows(tree), tree.liveCount());
}

void tst_EventFeed::catchUpHandsOnEverythingRecordedAtOnce()
{
    // An export asks for everything recorded so far, though the feed's timer has not run (here
    // it never started): catchUp() hands it all on before it returns, in slices, in order.
    constexpr qsizetype MaxBatch = 1;
    trace::TraceRecorder recorder;
    netcore::NetObserver::install(&recorder);
    netcore::Server server;
    QVERIFY(testpeers::listenAndWait(server, loopback()));
    netcore::Socket client;
    QVERIFY(testpeers::connectAndAccept(server, client));
    netcore::NetObserver::install(nullptr);
    const quint64 last = recorder.lastSeq();
    QVERIFY(last > 2 * MaxBatch); // more than one slice

    gui::EventFeed feed(&recorder);
    feed.setMaxBatch(MaxBatch);
    QList<quint64> seqs;
    connect(&feed, &gui::EventFeed::recordsArrived, this,
            [&seqs](const QList<trace::TraceRecord> &records, quint64) {
                for (const trace::TraceRecord &record : records)
                    seqs.append(record.seq);
            });
    feed.catchUp();
    QCOMPARE(feed.lastSeq(), last);
    QList<quint64> expected;
    for (const trace::TraceRecord &record : recorder.eventsSince(0))
        expected.append(record.seq);
    QCOMPARE(seqs, expected);
    feed.catchUp(); // nothing new: nothing handed on again
    QCOMPARE(seqs.size(), expected.size());
}

QTEST_MAIN(tst_EventFeed)
#include "tst_eventfeed.moc"
