// SequenceLayout and its SVG over the records of real loopback conversations (a recorder
// installed on this thread, TCP and Unix sockets): lanes and their order, peers matched by
// address, connect/accept, data paired with writes (coalesced and split), FIN, RST, an unseen
// peer, idle gaps, filters.

#include "gui/sequencelayout.h"
#include "gui/sequencepainter.h"
#include "gui/sequencesvgexport.h"

#include "net/server.h"
#include "net/socket.h"
#include "trace/tracerecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using gui::SequenceItem;
using gui::SequenceLane;
using gui::SequenceLayout;
using Kind = gui::SequenceItem::Kind;
using Role = gui::SequenceLane::Role;
using netcore::NetEvent;

namespace {

// The row showing the first record of an endpoint with this event, or -1.
qsizetype rowOf(const SequenceLayout &layout, quint64 id, NetEvent event, int nth = 0)
{
    for (qsizetype row = 0; row < layout.itemCount(); ++row) {
        const SequenceItem &item = layout.item(row);
        if (item.record < 0)
            continue;
        const trace::TraceRecord &r = layout.records()[size_t(item.record)];
        if (r.endpointId == id && r.event == event && nth-- == 0)
            return row;
    }
    return -1;
}

QList<qsizetype> rowsOf(const SequenceLayout &layout, quint64 id, NetEvent event)
{
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < layout.itemCount(); ++row) {
        const SequenceItem &item = layout.item(row);
        if (item.record >= 0 && layout.records()[size_t(item.record)].endpointId == id
            && layout.records()[size_t(item.record)].event == event)
            rows.append(row);
    }
    return rows;
}

int laneOf(const SequenceLayout &layout, quint64 id, Role role)
{
    for (int lane = 0; lane < layout.lanes().size(); ++lane) {
        if (layout.lanes()[lane].endpointId == id && layout.lanes()[lane].role == role)
            return lane;
    }
    return -1;
}

} // namespace

class tst_SequenceLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tcpConversation();
    void unixConversation();
    void unseenPeerGetsAnOutsideLane();
    void idleGapIsCompressed();
    void filtersHideDataAndInternalCalls();
    void appendingInBatchesEqualsAppendingAtOnce();
    void openConnectionKeepsItsLanesPastTheCap();
    void lostRecordsBreakTheByteCount();
    void svgParsesAndHoldsLanesAndArrows();

private:
    QList<trace::TraceRecord> takeRecords();
    // A TCP server, two clients: the first writes "ab" and "cd" in one tick, is sent 200,000
    // bytes in one write and ends; the second is reset by its accepted socket.
    QList<trace::TraceRecord> runTcpConversation();

    std::unique_ptr<trace::TraceRecorder> m_recorder;
    quint64 m_lastSeq = 0;
    quint64 m_server = 0, m_client = 0, m_accepted = 0, m_client2 = 0, m_accepted2 = 0;
};

void tst_SequenceLayout::init()
{
    m_recorder = std::make_unique<trace::TraceRecorder>();
    m_lastSeq = 0;
    netcore::NetObserver::install(m_recorder.get());
}

void tst_SequenceLayout::cleanup()
{
    netcore::NetObserver::install(nullptr);
    m_recorder.reset();
}

QList<trace::TraceRecord> tst_SequenceLayout::takeRecords()
{
    QList<trace::TraceRecord> records = m_recorder->eventsSince(m_lastSeq);
    if (!records.isEmpty())
        m_lastSeq = records.constLast().seq;
    return records;
}

QList<trace::TraceRecord> tst_SequenceLayout::runTcpConversation()
{
    netcore::Server server;
    QList<netcore::Socket *> accepted;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted](netcore::Socket *socket) { accepted.append(socket); });
    QSignalSpy listening(&server, &netcore::Server::listening);
    if (server.listen(0, u"127.0.0.1"_s) || !listening.wait(5000))
        return {};
    m_server = server.id();

    netcore::Socket client;
    QSignalSpy connected(&client, &netcore::Socket::connected);
    client.connectTo(server.address().port(), u"127.0.0.1"_s);
    if (!connected.wait(5000) || !QTest::qWaitFor([&] { return accepted.size() == 1; }, 5000))
        return {};
    m_client = client.id();
    m_accepted = accepted[0]->id();

    // Two writes in one tick reach the reader as one chunk.
    qint64 received = 0;
    connect(accepted[0], &netcore::Socket::dataReceived, this,
            [&received](const QByteArray &data) { received += data.size(); });
    client.write(QByteArray("ab"));
    client.write(QByteArray("cd"));
    if (!QTest::qWaitFor([&] { return received == 4; }, 5000))
        return {};

    // One write the reader takes in several chunks (it reads at most 64 KiB at a time).
    qint64 clientReceived = 0;
    connect(&client, &netcore::Socket::dataReceived, this,
            [&clientReceived](const QByteArray &data) { clientReceived += data.size(); });
    accepted[0]->write(QByteArray(200'000, 'z'));
    if (!QTest::qWaitFor([&] { return clientReceived == 200'000; }, 5000))
        return {};

    QSignalSpy acceptedEnded(accepted[0], &netcore::Socket::ended);
    QSignalSpy clientClosed(&client, &netcore::Socket::closed);
    client.end();
    if (!acceptedEnded.wait(5000) || !clientClosed.wait(5000))
        return {};

    // A second connection, reset by the server's side.
    netcore::Socket client2;
    QSignalSpy connected2(&client2, &netcore::Socket::connected);
    client2.connectTo(server.address().port(), u"127.0.0.1"_s);
    if (!connected2.wait(5000) || !QTest::qWaitFor([&] { return accepted.size() == 2; }, 5000))
        return {};
    m_client2 = client2.id();
    m_accepted2 = accepted[1]->id();
    QSignalSpy client2Error(&client2, &netcore::Socket::errorOccurred);
    accepted[1]->resetAndDestroy();
    if (!client2Error.wait(5000))
        return {};
    QSignalSpy serverClosed(&server, &netcore::Server::closed);
    server.close();
    if (!serverClosed.wait(5000))
        return {};
    return takeRecords();
}

void tst_SequenceLayout::tcpConversation()
{
    const QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    SequenceLayout layout;
    layout.append(records);

    // Lanes: the server, then each accepted socket beside its client.
    const QList<int> &order = layout.laneOrder();
    QCOMPARE(order.size(), 5);
    QList<quint64> ids;
    for (int lane : order)
        ids.append(layout.lanes()[lane].endpointId);
    QCOMPARE(ids, (QList<quint64> {m_server, m_accepted, m_client, m_accepted2, m_client2}));
    QCOMPARE(layout.lanes()[order[0]].role, Role::Server);
    QCOMPARE(layout.lanes()[order[1]].role, Role::Accepted);
    QCOMPARE(layout.lanes()[order[2]].role, Role::Client);
    QCOMPARE(layout.laneTitle(order[2]), u"client #%1"_s.arg(m_client));
    QVERIFY(layout.laneSubtitle(order[2]).startsWith(u"127.0.0.1:"_s));
    QCOMPARE(layout.laneSubtitle(order[1]), u"from "_s + layout.laneSubtitle(order[2]));
    const int serverLane = order[0], acceptedLane = order[1], clientLane = order[2];

    // connect() -> 'connection' on the server -> 'connect' on the client.
    const qsizetype connectCall = rowOf(layout, m_client, NetEvent::ConnectCall);
    const qsizetype connection = rowOf(layout, m_server, NetEvent::Connection);
    const qsizetype connectEvent = rowOf(layout, m_client, NetEvent::Connect);
    QVERIFY(connectCall >= 0 && connection > connectCall && connectEvent > connectCall);
    QCOMPARE(layout.item(connectCall).kind, Kind::Call);
    QCOMPARE(layout.item(connection).kind, Kind::Accept);
    QCOMPARE(layout.item(connection).fromLane, clientLane);
    QCOMPARE(layout.item(connection).fromRow, connectCall);
    QCOMPARE(layout.item(connection).lane, serverLane);
    QCOMPARE(layout.item(connectEvent).kind, Kind::Connect);
    QCOMPARE(layout.item(connectEvent).fromLane, serverLane);
    QCOMPARE(layout.item(connectEvent).fromRow, connection);

    // Coalescing: two write() marks, one data arrow from the first of them.
    const QList<qsizetype> clientWrites = rowsOf(layout, m_client, NetEvent::WriteCall);
    QCOMPARE(clientWrites.size(), 2);
    QCOMPARE(layout.item(clientWrites[0]).kind, Kind::Call);
    const QList<qsizetype> acceptedData = rowsOf(layout, m_accepted, NetEvent::Data);
    QCOMPARE(acceptedData.size(), 1);
    const SequenceItem &coalesced = layout.item(acceptedData[0]);
    QCOMPARE(coalesced.kind, Kind::Data);
    QCOMPARE(coalesced.fromLane, clientLane);
    QCOMPARE(coalesced.lane, acceptedLane);
    QCOMPARE(coalesced.fromRow, clientWrites[0]);
    QCOMPARE(coalesced.writeCount, 2);
    QCOMPARE(layout.label(coalesced), u"4 B \"abcd\" \u00b7 2 writes"_s);

    // Splitting: one write(), several data arrows all starting at it.
    const QList<qsizetype> serverWrites = rowsOf(layout, m_accepted, NetEvent::WriteCall);
    QCOMPARE(serverWrites.size(), 1);
    const QList<qsizetype> clientData = rowsOf(layout, m_client, NetEvent::Data);
    QVERIFY2(clientData.size() >= 4, qPrintable(QString::number(clientData.size())));
    for (qsizetype row : clientData) {
        QCOMPARE(layout.item(row).fromRow, serverWrites[0]);
        QCOMPARE(layout.item(row).fromLane, acceptedLane);
        QCOMPARE(layout.item(row).writeCount, 1);
        QVERIFY(layout.item(row).partOfWrite);
        QVERIFY(layout.label(layout.item(row)).endsWith(u"part of a write"_s));
    }
    QVERIFY(layout.maxArrowSpan() >= clientData.last() - serverWrites[0]);
    // write() marks say what write() returned and the buffer after it (whether 200,000 bytes
    // go over the high-water mark depends on how much the kernel takes at once).
    const trace::TraceRecord &big = layout.records()[size_t(layout.item(serverWrites[0]).record)];
    QVERIFY(big.write.isSet());
    const QString bigLabel = layout.label(layout.item(serverWrites[0]));
    QVERIFY2(bigLabel.startsWith(u"write()  200000 bytes"_s), qPrintable(bigLabel));
    QVERIFY2(bigLabel.contains(big.write.accepted == 1 ? u"\u2192 true"_s : u"\u2192 false"_s),
             qPrintable(bigLabel));
    QVERIFY2(bigLabel.contains(QString::number(big.write.highWaterMark)), qPrintable(bigLabel));
    QVERIFY(layout.label(layout.item(clientWrites[0])).contains(u"\u2192 true"_s));

    // FIN: the client's end() arrives as 'end' on the accepted socket.
    const qsizetype endCall = rowOf(layout, m_client, NetEvent::EndCall);
    const qsizetype fin = rowOf(layout, m_accepted, NetEvent::End);
    QVERIFY(endCall >= 0 && fin > endCall);
    QCOMPARE(layout.item(fin).kind, Kind::Fin);
    QCOMPARE(layout.item(fin).fromRow, endCall);
    QCOMPARE(layout.item(fin).fromLane, clientLane);
    // The accepted side ends by itself (allowHalfOpen false): an internal call mark.
    const qsizetype autoEnd = rowOf(layout, m_accepted, NetEvent::EndCall);
    QVERIFY(layout.item(autoEnd).internal);
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::End)).fromRow, autoEnd);

    // RST: resetAndDestroy() arrives as ECONNRESET on the second client.
    const qsizetype reset = rowOf(layout, m_accepted2, NetEvent::ResetCall);
    const qsizetype rst = rowOf(layout, m_client2, NetEvent::Error);
    QVERIFY(reset >= 0 && rst > reset);
    QCOMPARE(layout.item(rst).kind, Kind::Rst);
    QCOMPARE(layout.item(rst).fromRow, reset);
    QCOMPARE(layout.item(rst).fromLane, laneOf(layout, m_accepted2, Role::Accepted));

    // Local events stay marks: close, the server's listening.
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::Close)).kind, Kind::Event);
    QCOMPARE(layout.item(rowOf(layout, m_server, NetEvent::Listening)).kind, Kind::Event);
    QVERIFY(layout.label(layout.item(rowOf(layout, m_server, NetEvent::ListenCall)))
                    .startsWith(u"listen()"_s));

    // One row per record, in record order, and selection by seq finds each.
    QCOMPARE(layout.itemCount(), records.size());
    for (const trace::TraceRecord &r : records)
        QCOMPARE(layout.seqOfRow(layout.rowForSeq(r.seq)), r.seq);
}

void tst_SequenceLayout::unixConversation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"s.sock"_s);
    netcore::Server server;
    QList<netcore::Socket *> accepted;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted](netcore::Socket *socket) { accepted.append(socket); });
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(netcore::ListenOptions::unixPath(path)));
    QVERIFY(listening.wait(5000));
    netcore::Socket a, b;
    QSignalSpy aConnected(&a, &netcore::Socket::connected);
    QSignalSpy bConnected(&b, &netcore::Socket::connected);
    QVERIFY(!a.connectToPath(path));
    QVERIFY(aConnected.wait(5000));
    QTRY_COMPARE(accepted.size(), 1);
    QVERIFY(!b.connectToPath(path));
    QVERIFY(bConnected.wait(5000));
    QTRY_COMPARE(accepted.size(), 2);
    QSignalSpy got(accepted[1], &netcore::Socket::dataReceived);
    b.write(QByteArray("over unix"));
    QVERIFY(got.wait(5000));

    SequenceLayout layout;
    layout.append(takeRecords());
    QList<quint64> ids;
    for (int lane : layout.laneOrder())
        ids.append(layout.lanes()[lane].endpointId);
    QCOMPARE(ids,
             (QList<quint64> {server.id(), accepted[0]->id(), a.id(), accepted[1]->id(), b.id()}));
    const qsizetype data = rowOf(layout, accepted[1]->id(), NetEvent::Data);
    QCOMPARE(layout.item(data).kind, Kind::Data);
    QCOMPARE(layout.item(data).fromLane, laneOf(layout, b.id(), Role::Client));
    QCOMPARE(layout.item(data).fromRow, rowOf(layout, b.id(), NetEvent::WriteCall));
    QCOMPARE(layout.laneSubtitle(laneOf(layout, b.id(), Role::Client)), u"\u2192 "_s + path);
    QCOMPARE(layout.laneSubtitle(laneOf(layout, server.id(), Role::Server)), path);
}

void tst_SequenceLayout::unseenPeerGetsAnOutsideLane()
{
    const QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    // The trace of the first client's process alone: its peer is outside.
    QList<trace::TraceRecord> clientOnly;
    for (const trace::TraceRecord &r : records) {
        if (r.endpointId == m_client)
            clientOnly.append(r);
    }
    SequenceLayout layout;
    layout.append(clientOnly);
    QCOMPARE(layout.laneOrder().size(), 2);
    const int clientLane = layout.laneOrder()[0];
    const int outside = layout.laneOrder()[1];
    QCOMPARE(layout.lanes()[outside].role, Role::Outside);
    QCOMPARE(layout.laneTitle(outside), u"outside"_s);
    QVERIFY(layout.laneSubtitle(outside).contains(u"127.0.0.1:"_s));
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::Connect)).kind, Kind::Event);
    for (qsizetype row : rowsOf(layout, m_client, NetEvent::Data)) {
        QCOMPARE(layout.item(row).fromLane, outside);
        QCOMPARE(layout.item(row).lane, clientLane);
        QCOMPARE(layout.item(row).fromRow, row);
    }
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::End)).kind, Kind::Fin);
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::End)).fromLane, outside);
}

void tst_SequenceLayout::idleGapIsCompressed()
{
    QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    // The same run with 2.5 s of silence before the client's end().
    bool after = false;
    for (trace::TraceRecord &r : records) {
        after = after || (r.endpointId == m_client && r.event == NetEvent::EndCall);
        if (after)
            r.monoNs += 2'500'000'000;
    }
    SequenceLayout layout;
    layout.append(records);
    QCOMPARE(layout.itemCount(), records.size() + 1);
    const qsizetype endCall = rowOf(layout, m_client, NetEvent::EndCall);
    const SequenceItem &gap = layout.item(endCall - 1);
    QCOMPARE(gap.kind, Kind::Gap);
    QCOMPARE(layout.seqOfRow(endCall - 1), 0u);
    QVERIFY(gap.gapNs >= 2'500'000'000 && gap.gapNs < 3'000'000'000);
    QCOMPARE(layout.label(gap), u"\u2026 2.5 s \u2026"_s);
    // The FIN arrow still starts at end(), below the gap.
    QCOMPARE(layout.item(rowOf(layout, m_accepted, NetEvent::End)).fromRow, endCall);
    QCOMPARE(layout.rowForSeq(records[0].seq), 0);
}

void tst_SequenceLayout::filtersHideDataAndInternalCalls()
{
    const QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    qsizetype dataAndWrites = 0, internal = 0;
    for (const trace::TraceRecord &r : records) {
        dataAndWrites += r.event == NetEvent::Data || r.event == NetEvent::WriteCall;
        internal += r.internal;
    }
    QVERIFY(dataAndWrites >= 7);
    QVERIFY(internal >= 2);

    SequenceLayout layout;
    layout.append(records);
    layout.setOptions({true, false});
    QCOMPARE(layout.itemCount(), records.size() - dataAndWrites);
    QCOMPARE(rowOf(layout, m_accepted, NetEvent::Data), -1);
    // FIN is still paired with end().
    QCOMPARE(layout.item(rowOf(layout, m_accepted, NetEvent::End)).fromRow,
             rowOf(layout, m_client, NetEvent::EndCall));
    layout.setOptions({false, true});
    QCOMPARE(layout.itemCount(), records.size() - internal);
    for (qsizetype row = 0; row < layout.itemCount(); ++row)
        QVERIFY(!layout.item(row).internal);
    // Hidden internal end(): the client's FIN arrow has no cause row to start at but its own.
    const qsizetype clientFin = rowOf(layout, m_client, NetEvent::End);
    QCOMPARE(layout.item(clientFin).fromRow, clientFin);
    // Data pairing survives the filter: offsets count hidden records too.
    const qsizetype coalesced = rowOf(layout, m_accepted, NetEvent::Data);
    QCOMPARE(layout.item(coalesced).writeCount, 2);
    layout.setOptions({});
    QCOMPARE(layout.itemCount(), records.size());
}

void tst_SequenceLayout::appendingInBatchesEqualsAppendingAtOnce()
{
    const QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    SequenceLayout whole;
    whole.append(records);
    SequenceLayout batched;
    for (qsizetype i = 0; i < records.size(); i += 3)
        batched.append(records.mid(i, 3));
    QCOMPARE(batched.itemCount(), whole.itemCount());
    QCOMPARE(batched.laneOrder(), whole.laneOrder());
    for (qsizetype row = 0; row < whole.itemCount(); ++row) {
        QCOMPARE(batched.item(row).kind, whole.item(row).kind);
        QCOMPARE(batched.item(row).fromRow, whole.item(row).fromRow);
        QCOMPARE(batched.item(row).fromLane, whole.item(row).fromLane);
    }
    // Past the cap the oldest half goes (but for what pairs the kept connections' ends: at
    // most four records each) and the rest is laid out again.
    SequenceLayout capped;
    capped.setMaxRecords(20);
    capped.append(records);
    QVERIFY(capped.records().size() >= 10u);
    QVERIFY(capped.records().size() < 20u);
    for (size_t i = 1; i < capped.records().size(); ++i)
        QVERIFY(capped.records()[i - 1].seq < capped.records()[i].seq);
    QCOMPARE(capped.records().back().seq, records.last().seq);
}

// Past the cap the oldest records go, but a connection still talking keeps what pairs its two
// ends (its connect and accept): its data stays an arrow between its own lanes, never one from
// an "outside" lane.
void tst_SequenceLayout::openConnectionKeepsItsLanesPastTheCap()
{
    netcore::Server server;
    netcore::Socket *accepted = nullptr;
    connect(&server, &netcore::Server::newConnection, this,
            [&accepted](netcore::Socket *socket) { accepted = socket; });
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(0, u"127.0.0.1"_s));
    QVERIFY(listening.wait(5000));
    netcore::Socket client;
    QSignalSpy connected(&client, &netcore::Socket::connected);
    client.connectTo(server.address().port(), u"127.0.0.1"_s);
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(accepted != nullptr, 5000);
    qint64 received = 0;
    connect(accepted, &netcore::Socket::dataReceived, this,
            [&received](const QByteArray &data) { received += data.size(); });
    SequenceLayout layout;
    layout.setMaxRecords(40);
    for (int i = 1; i <= 40; ++i) {
        client.write(QByteArray("x"));
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(i), 5000);
        layout.append(takeRecords());
    }
    QVERIFY(layout.rebuildCount() > 1); // the cap was passed
    QVERIFY(layout.records().size() <= 40u);
    for (const SequenceLane &lane : layout.lanes())
        QVERIFY(lane.role != Role::Outside);
    const SequenceItem &last = layout.item(layout.itemCount() - 1);
    QCOMPARE(last.kind, SequenceItem::Kind::Data);
    QCOMPARE(layout.lanes()[last.lane].endpointId, accepted->id());
    QCOMPARE(layout.lanes()[last.fromLane].endpointId, client.id());
    client.destroy();
    server.close();
}

void tst_SequenceLayout::lostRecordsBreakTheByteCount()
{
    const QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    // The feed reports the client's first write() as lost (the ring overflowed).
    qsizetype lostAt = -1;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records[i].endpointId == m_client && records[i].event == NetEvent::WriteCall) {
            lostAt = i;
            break;
        }
    }
    QVERIFY(lostAt > 0);
    SequenceLayout layout;
    layout.append(records.mid(0, lostAt));
    layout.append(records.mid(lostAt + 1), 1);
    // A row says so, where the record went missing.
    const qsizetype lostRow = rowOf(layout, m_client, NetEvent::WriteCall) - 1;
    QCOMPARE(layout.item(lostRow).kind, Kind::Gap);
    QCOMPARE(layout.label(layout.item(lostRow)), u"\u2026 1 record lost \u2026"_s);
    // The chunk cannot be paired with the write()s any more: its arrow has no cause row.
    const qsizetype data = rowOf(layout, m_accepted, NetEvent::Data);
    QCOMPARE(layout.item(data).kind, Kind::Data);
    QCOMPARE(layout.item(data).fromRow, data);
    QCOMPARE(layout.item(data).writeCount, 0);
    QCOMPARE(layout.label(layout.item(data)), u"4 B \"abcd\""_s);
    // A connection made after the loss pairs as before; a rebuild keeps the lost row.
    layout.setOptions({false, true});
    QCOMPARE(layout.item(rowOf(layout, m_client, NetEvent::WriteCall) - 1).kind, Kind::Gap);
    QCOMPARE(layout.item(rowOf(layout, m_accepted, NetEvent::Data)).writeCount, 0);
}

void tst_SequenceLayout::svgParsesAndHoldsLanesAndArrows()
{
    QList<trace::TraceRecord> records = runTcpConversation();
    QVERIFY(!records.isEmpty());
    // A preview with bytes XML does not allow in text.
    for (trace::TraceRecord &r : records) {
        if (r.endpointId == m_accepted && r.event == NetEvent::Data) {
            r.setPreview(QByteArray("a\x01<&\"\x00", 6));
            break;
        }
    }
    SequenceLayout layout;
    layout.append(records);
    const QByteArray svg = gui::sequenceSvg(layout, gui::SequenceGeometry {});
    QXmlStreamReader xml(svg);
    int lanes = 0, arrows = 0, marks = 0;
    QStringList texts;
    QSet<int> arrowKinds;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString cls = xml.attributes().value(u"class"_s).toString();
        if (xml.name() == u"g"_s && cls == u"lane"_s)
            ++lanes;
        if (xml.name() == u"g"_s && cls == u"arrow"_s) {
            ++arrows;
            arrowKinds.insert(xml.attributes().value(u"data-kind"_s).toInt());
        }
        if (xml.name() == u"g"_s && cls == u"mark"_s)
            ++marks;
        if (xml.name() == u"text"_s)
            texts.append(xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(lanes, 5);
    qsizetype expectedArrows = 0;
    for (qsizetype row = 0; row < layout.itemCount(); ++row)
        expectedArrows += layout.item(row).isArrow();
    QCOMPARE(arrows, expectedArrows);
    QCOMPARE(marks, layout.itemCount() - expectedArrows);
    QCOMPARE(arrowKinds,
             (QSet<int> {int(Kind::Data), int(Kind::Fin), int(Kind::Rst), int(Kind::Accept),
                         int(Kind::Connect)}));
    QVERIFY(texts.contains(u"server #%1"_s.arg(m_server)));
    QVERIFY(texts.contains(u"client #%1"_s.arg(m_client2)));
    QVERIFY(texts.contains(u"FIN \u2192 'end'"_s));
    QVERIFY(texts.contains(u"RST \u2192 ECONNRESET"_s));
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
        return t.startsWith(u"4 B"_s) && t.contains(u"<&"_s);
    }));

    // From a later row on: only those rows, arrows from above start at the top edge.
    const QByteArray tail
            = gui::sequenceSvg(layout, gui::SequenceGeometry {}, layout.itemCount() - 3);
    QXmlStreamReader tailXml(tail);
    int tailItems = 0;
    while (!tailXml.atEnd()) {
        if (tailXml.readNext() == QXmlStreamReader::StartElement && tailXml.name() == u"g"_s
            && tailXml.attributes().value(u"class"_s) != u"lane"_s)
            ++tailItems;
    }
    QVERIFY(!tailXml.hasError());
    QCOMPARE(tailItems, 3 + 2); // three rows plus the "lanes" and "items" groups
}

QTEST_MAIN(tst_SequenceLayout)
#include "tst_sequencelayout.moc"
