// Per-connection transcripts: both directions in order, markers, the per-direction cap and
// what is counted past it, the entry limit, refused writes, eviction of closed connections,
// and a real exchange over loopback.

#include "loopback.h"
#include "testrecords.h"
#include "trace/tracerecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::NetEvent;
using trace::Direction;
using trace::TranscriptEntry;
using Kind = trace::TranscriptEntry::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

trace::RecorderOptions limits(qint64 cap, qsizetype maxEntries = 1000, qsizetype maxClosed = 100)
{
    trace::RecorderOptions options;
    options.transcripts.capPerDirection = cap;
    options.transcripts.maxEntries = maxEntries;
    options.transcripts.maxClosedTranscripts = maxClosed;
    return options;
}

void send(trace::TraceRecorder &recorder, quint64 id, NetEvent event, const QByteArray &bytes)
{
    recorder.observe(testrecords::withData(id, event, bytes));
}

void call(trace::TraceRecorder &recorder, quint64 id, NetEvent event, qint64 value = -1)
{
    recorder.observe(testrecords::make(id, event, value));
}

QList<Kind> kinds(const QList<TranscriptEntry> &entries)
{
    QList<Kind> result;
    for (const TranscriptEntry &entry : entries)
        result.append(entry.kind);
    return result;
}

// A socket that connects, writes and is closed: what a short client does.
void shortConnection(trace::TraceRecorder &recorder, quint64 id)
{
    call(recorder, id, NetEvent::ConnectCall, 80);
    call(recorder, id, NetEvent::Connect);
    send(recorder, id, NetEvent::WriteCall, "x");
    call(recorder, id, NetEvent::DestroyCall);
    call(recorder, id, NetEvent::Close, 0);
}

} // namespace

class tst_Transcript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsBothDirectionsInOrder();
    void capsEachDirection_data();
    void capsEachDirection();
    void bytesAfterAnUncapturedChunkAreNotKept();
    void entryLimitCountsWhatItDrops();
    void writesAfterEndOrDestroyAreRefused();
    void destroyedSocketConnectingAgainIsCapturedAgain();
    void errorAndCloseMarkersCarryNotes();
    void acceptedSocketStartsWithConnected();
    void serversHaveNoTranscript();
    void closedTranscriptsAreEvictedOldestFirst();
    void snapshotIsACopy();
    void readsEntriesAndBytesInRanges();
    void zeroCapKeepsCountsOnly();
    void realExchangeOverLoopback_data();
    void realExchangeOverLoopback();
};

void tst_Transcript::keepsBothDirectionsInOrder()
{
    trace::TraceRecorder recorder(limits(1024));
    call(recorder, 5, NetEvent::ConnectCall, 80);
    call(recorder, 5, NetEvent::Connect);
    send(recorder, 5, NetEvent::WriteCall, "GET /");
    send(recorder, 5, NetEvent::Data, "HTTP");
    send(recorder, 5, NetEvent::WriteCall, "!");
    send(recorder, 5, NetEvent::Data, "/1.1");
    call(recorder, 5, NetEvent::End);
    call(recorder, 5, NetEvent::EndCall);
    call(recorder, 5, NetEvent::DestroyCall);
    call(recorder, 5, NetEvent::Close, 0);

    const trace::Transcript t = *recorder.transcript(5);
    QCOMPARE(kinds(t.entries),
             (QList<Kind> {Kind::Connected, Kind::Data, Kind::Data, Kind::Data, Kind::Data,
                           Kind::FinReceived, Kind::EndCalled, Kind::Closed}));
    QCOMPARE(t.captured(Direction::Out), "GET /!");
    QCOMPARE(t.captured(Direction::In), "HTTP/1.1");
    const TranscriptEntry &secondIn = t.entries.at(4);
    QCOMPARE(secondIn.direction, Direction::In);
    QCOMPARE(secondIn.seq, 6u);
    QCOMPARE(secondIn.offset, 4);
    QCOMPARE(t.bytesOf(secondIn), "/1.1");
    QCOMPARE(t.bytesOf(t.entries.at(3)), "!");
    QVERIFY(t.stats.closed);
    QCOMPARE(t.stats.total(Direction::Out), 6);
    QCOMPARE(t.stats.uncaptured(Direction::In), 0);
}

void tst_Transcript::capsEachDirection_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QList<int>>("chunks");
    QTest::addColumn<QList<int>>("captured");

    QTest::newRow("under the cap") << qint64(10) << QList<int> {3, 3} << QList<int> {3, 3};
    QTest::newRow("exactly the cap") << qint64(6) << QList<int> {3, 3} << QList<int> {3, 3};
    QTest::newRow("chunk straddles the cap")
            << qint64(10) << QList<int> {4, 4, 4, 4} << QList<int> {4, 4, 2, 0};
    QTest::newRow("first chunk larger") << qint64(5) << QList<int> {100} << QList<int> {5};
    QTest::newRow("cap of one byte") << qint64(1) << QList<int> {1, 1} << QList<int> {1, 0};
}

void tst_Transcript::capsEachDirection()
{
    QFETCH(qint64, cap);
    QFETCH(QList<int>, chunks);
    QFETCH(QList<int>, captured);
    trace::TraceRecorder recorder(limits(cap));
    qint64 total = 0;
    QByteArray stream;
    for (const int size : std::as_const(chunks)) {
        const QByteArray chunk(size, char('a' + (total % 26)));
        stream += chunk;
        total += size;
        send(recorder, 1, NetEvent::Data, chunk);
        send(recorder, 1, NetEvent::WriteCall, chunk); // the other direction has its own cap
    }
    const trace::Transcript t = *recorder.transcript(1);
    for (const Direction direction : {Direction::In, Direction::Out}) {
        QList<int> seen;
        for (const TranscriptEntry &entry : t.entries) {
            if (entry.direction == direction)
                seen.append(int(entry.captured));
        }
        QCOMPARE(seen, captured);
        QCOMPARE(t.stats.total(direction), total);
        QCOMPARE(t.stats.captured(direction), qMin(cap, total));
        QCOMPARE(t.stats.uncaptured(direction), total - qMin(cap, total));
        QCOMPARE(t.captured(direction), stream.left(cap));
    }
    for (const TranscriptEntry &entry : t.entries)
        QCOMPARE(entry.isFullyCaptured(), entry.captured == entry.length);
}

void tst_Transcript::bytesAfterAnUncapturedChunkAreNotKept()
{
    // Captured bytes must stay a prefix: once a chunk was not kept, later ones are not either.
    trace::TraceRecorder recorder(limits(1024, 2));
    send(recorder, 1, NetEvent::Data, "ab");
    send(recorder, 1, NetEvent::Data, "cd");
    send(recorder, 1, NetEvent::Data, "ef"); // past maxEntries: dropped
    const trace::TranscriptStats stats = *recorder.transcriptStats(1);
    QCOMPARE(stats.captured(Direction::In), 4);
    QCOMPARE(stats.total(Direction::In), 6);
    QCOMPARE(stats.droppedEntries, 1);
    QCOMPARE(recorder.transcript(1)->captured(Direction::In), "abcd");
}

void tst_Transcript::entryLimitCountsWhatItDrops()
{
    trace::TraceRecorder recorder(limits(1024, 3));
    for (int i = 0; i < 10; ++i)
        send(recorder, 1, NetEvent::WriteCall, "z");
    call(recorder, 1, NetEvent::DestroyCall);
    call(recorder, 1, NetEvent::Close, 0);
    const trace::TranscriptStats stats = *recorder.transcriptStats(1);
    QCOMPARE(stats.entryCount, 3);
    QCOMPARE(stats.droppedEntries, 8); // 7 writes and the close marker
    QCOMPARE(stats.total(Direction::Out), 10);
    QCOMPARE(stats.captured(Direction::Out), 3);
    QVERIFY(stats.closed); // the state is followed even when entries are not kept
}

void tst_Transcript::writesAfterEndOrDestroyAreRefused()
{
    trace::TraceRecorder recorder(limits(1024));
    send(recorder, 1, NetEvent::WriteCall, "sent");
    call(recorder, 1, NetEvent::EndCall);
    send(recorder, 1, NetEvent::WriteCall, "late");
    call(recorder, 1, NetEvent::DestroyCall);
    send(recorder, 1, NetEvent::WriteCall, "later");
    const trace::Transcript t = *recorder.transcript(1);
    QCOMPARE(kinds(t.entries),
             (QList<Kind> {Kind::Data, Kind::EndCalled, Kind::RefusedWrite, Kind::RefusedWrite}));
    QCOMPARE(t.captured(Direction::Out), "sent");
    QCOMPARE(t.stats.total(Direction::Out), 4);
    QCOMPARE(t.stats.refusedBytes, 9);
    QCOMPARE(t.entries.at(2).length, 4);
    QCOMPARE(t.entries.at(2).captured, 0);
}

void tst_Transcript::destroyedSocketConnectingAgainIsCapturedAgain()
{
    trace::TraceRecorder recorder(limits(1024));
    shortConnection(recorder, 1);
    QVERIFY(recorder.transcriptStats(1)->closed);
    call(recorder, 1, NetEvent::ConnectCall, 81);
    QVERIFY(!recorder.transcriptStats(1)->closed);
    send(recorder, 1, NetEvent::WriteCall, "y");
    QCOMPARE(recorder.transcript(1)->captured(Direction::Out), "xy");
}

void tst_Transcript::errorAndCloseMarkersCarryNotes()
{
    trace::TraceRecorder recorder(limits(1024));
    const netcore::NetError reset = netcore::NetError::fromErrno(ECONNRESET, u"read"_s);
    netcore::NetRecord error = testrecords::make(1, NetEvent::Error);
    error.error = &reset;
    call(recorder, 1, NetEvent::DestroyCall);
    recorder.observe(error);
    call(recorder, 1, NetEvent::Close, 1);
    const trace::Transcript t = *recorder.transcript(1);
    QCOMPARE(kinds(t.entries), (QList<Kind> {Kind::Error, Kind::Closed}));
    QCOMPARE(t.notes.value(t.entries.at(0).seq), u"ECONNRESET: read ECONNRESET"_s);
    QCOMPARE(t.notes.value(t.entries.at(1).seq), u"hadError"_s);
}

void tst_Transcript::acceptedSocketStartsWithConnected()
{
    trace::TraceRecorder recorder(limits(1024));
    netcore::NetRecord connection
            = testrecords::make(1, NetEvent::Connection, -1, netcore::EndpointKind::Server);
    connection.relatedId = 2;
    recorder.observe(connection);
    send(recorder, 2, NetEvent::Data, "hi");
    const trace::Transcript t = *recorder.transcript(2);
    QCOMPARE(kinds(t.entries), (QList<Kind> {Kind::Connected, Kind::Data}));
    QCOMPARE(t.entries.at(0).seq, 1u);
}

void tst_Transcript::serversHaveNoTranscript()
{
    trace::TraceRecorder recorder(limits(1024));
    recorder.observe(testrecords::make(1, NetEvent::ListenCall, 0, netcore::EndpointKind::Server));
    recorder.observe(testrecords::make(1, NetEvent::Listening, -1, netcore::EndpointKind::Server));
    QVERIFY(!recorder.transcript(1));
    QVERIFY(recorder.transcriptIds().isEmpty());
}

void tst_Transcript::closedTranscriptsAreEvictedOldestFirst()
{
    trace::TraceRecorder recorder(limits(1024, 1000, 2));
    send(recorder, 100, NetEvent::WriteCall, "live"); // never closes: never evicted
    for (quint64 id = 1; id <= 5; ++id)
        shortConnection(recorder, id);
    QCOMPARE(recorder.transcriptIds(), (QList<quint64> {4, 5, 100}));
    QCOMPARE(recorder.evictedTranscripts(), 3);
    QVERIFY(!recorder.transcript(1));
}

void tst_Transcript::snapshotIsACopy()
{
    trace::TraceRecorder recorder(limits(1024));
    send(recorder, 1, NetEvent::Data, "one");
    const trace::Transcript before = *recorder.transcript(1);
    send(recorder, 1, NetEvent::Data, "two");
    QCOMPARE(before.captured(Direction::In), "one");
    QCOMPARE(before.entries.size(), 1);
    QCOMPARE(recorder.transcript(1)->captured(Direction::In), "onetwo");
}

void tst_Transcript::readsEntriesAndBytesInRanges()
{
    trace::TraceRecorder recorder(limits(1024));
    for (const char *chunk : {"aa", "bbb", "c"})
        send(recorder, 1, NetEvent::Data, chunk);
    QCOMPARE(recorder.transcriptEntries(1, 1).size(), 2);
    QCOMPARE(recorder.transcriptEntries(1, 1, 1).constFirst().offset, 2);
    QVERIFY(recorder.transcriptEntries(1, 9).isEmpty());
    QVERIFY(recorder.transcriptEntries(42).isEmpty());
    QCOMPARE(recorder.transcriptBytes(1, Direction::In, 2, 3), "bbb");
    QCOMPARE(recorder.transcriptBytes(1, Direction::In, 4, 100), "bc");
    QVERIFY(recorder.transcriptBytes(1, Direction::In, 6, 1).isEmpty());
    QVERIFY(recorder.transcriptBytes(1, Direction::Out, 0, 1).isEmpty());
}

void tst_Transcript::zeroCapKeepsCountsOnly()
{
    trace::TraceRecorder recorder(limits(0));
    send(recorder, 1, NetEvent::Data, "abc");
    const trace::TranscriptStats stats = *recorder.transcriptStats(1);
    QCOMPARE(stats.total(Direction::In), 3);
    QCOMPARE(stats.captured(Direction::In), 0);

    trace::RecorderOptions off;
    off.captureTranscripts = false;
    trace::TraceRecorder none(off);
    send(none, 1, NetEvent::Data, "abc");
    QVERIFY(!none.capturesTranscripts());
    QVERIFY(!none.transcript(1));
}

void tst_Transcript::realExchangeOverLoopback_data()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::newRow("tcp 127.0.0.1") << false;
    QTest::newRow("unix socket") << true;
}

void tst_Transcript::realExchangeOverLoopback()
{
    QFETCH(bool, unixSocket);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const netcore::ListenOptions listen = unixSocket
            ? netcore::ListenOptions::unixPath(dir.filePath(u"s.sock"_s))
            : netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    trace::TraceRecorder recorder(limits(100));
    netcore::NetObserver::install(&recorder);
    const QByteArray payload = QByteArray("ping ").repeated(30); // 150 bytes: past the cap
    loopback::Exchange exchange;
    loopback::runEcho(listen, payload, &exchange);
    netcore::NetObserver::install(nullptr);
    if (QTest::currentTestFailed())
        return;

    const trace::Transcript client = *recorder.transcript(exchange.clientId);
    QCOMPARE(client.stats.total(Direction::Out), payload.size());
    QCOMPARE(client.stats.total(Direction::In), payload.size());
    QCOMPARE(client.captured(Direction::Out), payload.left(100));
    QCOMPARE(client.captured(Direction::In), payload.left(100));
    QCOMPARE(client.stats.uncaptured(Direction::In), 50);
    QVERIFY(client.stats.closed);
    const QList<Kind> clientKinds = kinds(client.entries);
    QCOMPARE(clientKinds.constFirst(), Kind::Connected);
    QVERIFY(clientKinds.contains(Kind::EndCalled));
    QVERIFY(clientKinds.contains(Kind::FinReceived));
    QCOMPARE(clientKinds.constLast(), Kind::Closed);

    const trace::Transcript accepted = *recorder.transcript(exchange.acceptedId);
    QCOMPARE(accepted.stats.total(Direction::In), payload.size());
    QCOMPARE(accepted.stats.total(Direction::Out), payload.size());
    QCOMPARE(kinds(accepted.entries).constFirst(), Kind::Connected);
    QVERIFY(!recorder.transcript(exchange.serverId));
}

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_transcript.moc"
