// The bounded ring of records: capacity, dropping and counting the oldest, reading
// incrementally by seq; and how TraceRecorder fills it from netcore records.

#include "testrecords.h"
#include "trace/recordring.h"
#include "trace/tracerecorder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using netcore::NetEvent;
using trace::RecordRing;
using trace::TraceRecord;

namespace {

QList<quint64> seqs(const QList<TraceRecord> &records)
{
    QList<quint64> result;
    for (const TraceRecord &record : records)
        result.append(record.seq);
    return result;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> result;
    for (quint64 seq = first; seq <= last; ++seq)
        result.append(seq);
    return result;
}

void pushMany(RecordRing &ring, int count)
{
    for (int i = 0; i < count; ++i) {
        TraceRecord &record = ring.push();
        record.value = qint64(record.seq) * 10;
    }
}

} // namespace

class tst_RecordRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyRingHasNothing();
    void keepsEveryRecordUntilFull();
    void dropsOldestWhenFullAndCountsThem();
    void eventsSinceReturnsOnlyNewer_data();
    void eventsSinceReturnsOnlyNewer();
    void readingInBatchesSeesEachRecordOnce();
    void pushResetsTheReusedSlot();
    void clearKeepsSeqsIncreasing();
    void capacityIsAtLeastOne();
    void findReturnsOnlyKeptRecords();
    void recorderFillsFieldsFromNetRecords();
    void recorderBoundsThePreview();
    void recorderTimesDoNotGoBackwards();
    void recorderDropsAndCountsPastCapacity();
};

void tst_RecordRing::emptyRingHasNothing()
{
    const RecordRing ring(8);
    QCOMPARE(ring.size(), 0);
    QCOMPARE(ring.capacity(), 8);
    QCOMPARE(ring.firstSeq(), 0u);
    QCOMPARE(ring.lastSeq(), 0u);
    QVERIFY(ring.since(0).isEmpty());
    QCOMPARE(ring.find(1), nullptr);
}

void tst_RecordRing::keepsEveryRecordUntilFull()
{
    RecordRing ring(5);
    pushMany(ring, 5);
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.droppedCount(), 0u);
    QCOMPARE(seqs(ring.since(0)), range(1, 5));
    QCOMPARE(ring.since(0).at(2).value, 30);
}

void tst_RecordRing::dropsOldestWhenFullAndCountsThem()
{
    RecordRing ring(4);
    pushMany(ring, 10);
    QCOMPARE(ring.size(), 4);
    QCOMPARE(ring.droppedCount(), 6u);
    QCOMPARE(ring.firstSeq(), 7u);
    QCOMPARE(ring.lastSeq(), 10u);
    const QList<TraceRecord> kept = ring.since(0);
    QCOMPARE(seqs(kept), range(7, 10));
    QCOMPARE(kept.constFirst().value, 70); // the slot holds record 7, not an older one
}

void tst_RecordRing::eventsSinceReturnsOnlyNewer_data()
{
    QTest::addColumn<quint64>("lastSeq");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<QList<quint64>>("expected");

    // Capacity 4 after 10 pushes keeps 7..10.
    QTest::newRow("from start") << quint64(0) << qsizetype(-1) << range(7, 10);
    QTest::newRow("gap: dropped ones are skipped") << quint64(3) << qsizetype(-1) << range(7, 10);
    QTest::newRow("just before oldest") << quint64(6) << qsizetype(-1) << range(7, 10);
    QTest::newRow("middle") << quint64(8) << qsizetype(-1) << range(9, 10);
    QTest::newRow("up to date") << quint64(10) << qsizetype(-1) << QList<quint64>();
    QTest::newRow("ahead of the ring") << quint64(99) << qsizetype(-1) << QList<quint64>();
    QTest::newRow("max limits") << quint64(0) << qsizetype(2) << range(7, 8);
    QTest::newRow("max zero") << quint64(0) << qsizetype(0) << QList<quint64>();
    QTest::newRow("max larger") << quint64(8) << qsizetype(50) << range(9, 10);
}

void tst_RecordRing::eventsSinceReturnsOnlyNewer()
{
    QFETCH(quint64, lastSeq);
    QFETCH(qsizetype, max);
    QFETCH(QList<quint64>, expected);
    RecordRing ring(4);
    pushMany(ring, 10);
    QCOMPARE(seqs(ring.since(lastSeq, max)), expected);
}

void tst_RecordRing::readingInBatchesSeesEachRecordOnce()
{
    RecordRing ring(16);
    QList<quint64> seen;
    quint64 last = 0;
    for (int round = 0; round < 5; ++round) {
        pushMany(ring, 7);
        for (QList<TraceRecord> batch = ring.since(last, 3); !batch.isEmpty();
             batch = ring.since(last, 3)) {
            seen += seqs(batch);
            last = batch.constLast().seq;
        }
    }
    QCOMPARE(seen, range(1, 35));
}

void tst_RecordRing::pushResetsTheReusedSlot()
{
    RecordRing ring(1);
    TraceRecord &first = ring.push();
    first.value = 5;
    first.extra = 6;
    first.relatedId = 7;
    first.setPreview("abc");
    first.details = testrecords::details({u"host"_s, {}, {}, {}});
    const TraceRecord &second = ring.push();
    QCOMPARE(second.seq, 2u);
    QCOMPARE(second.value, -1);
    QCOMPARE(second.extra, -1);
    QCOMPARE(second.relatedId, 0u);
    QCOMPARE(second.previewSize, 0);
    QVERIFY(!second.details);
}

void tst_RecordRing::clearKeepsSeqsIncreasing()
{
    RecordRing ring(4);
    pushMany(ring, 3);
    ring.clear();
    QCOMPARE(ring.size(), 0);
    QVERIFY(ring.since(0).isEmpty());
    pushMany(ring, 2);
    QCOMPARE(seqs(ring.since(0)), range(4, 5));
    QCOMPARE(ring.droppedCount(), 0u);
}

void tst_RecordRing::capacityIsAtLeastOne()
{
    RecordRing ring(0);
    QCOMPARE(ring.capacity(), 1);
    pushMany(ring, 3);
    QCOMPARE(seqs(ring.since(0)), range(3, 3));
    QCOMPARE(ring.droppedCount(), 2u);
}

void tst_RecordRing::findReturnsOnlyKeptRecords()
{
    RecordRing ring(3);
    pushMany(ring, 5);
    QCOMPARE(ring.find(2), nullptr);
    QVERIFY(ring.find(3));
    QCOMPARE(ring.find(3)->value, 30);
    QCOMPARE(ring.find(5)->seq, 5u);
    QCOMPARE(ring.find(6), nullptr);
}

void tst_RecordRing::recorderFillsFieldsFromNetRecords()
{
    trace::TraceRecorder recorder;
    const netcore::SocketAddress local = testrecords::ipv4("127.0.0.1", 5000);
    const netcore::SocketAddress remote = testrecords::ipv4("127.0.0.1", 41234);
    netcore::NetRecord connection
            = testrecords::make(1, NetEvent::Connection, -1, netcore::EndpointKind::Server);
    connection.relatedId = 2;
    connection.local = &local;
    connection.remote = &remote;
    recorder.observe(connection);
    const QByteArray payload("hello");
    recorder.observe(testrecords::withData(2, NetEvent::Data, payload));

    const QList<TraceRecord> records = recorder.eventsSince(0);
    QCOMPARE(records.size(), 2);
    const TraceRecord &accepted = records.at(0);
    QCOMPARE(accepted.kind, netcore::EndpointKind::Server);
    QCOMPARE(accepted.name(), u"connection"_s);
    QCOMPARE(accepted.relatedId, 2u);
    QVERIFY(accepted.local() && accepted.remote());
    QCOMPARE(accepted.local()->toString(), u"127.0.0.1:5000"_s);
    QCOMPARE(accepted.remote()->port, 41234);
    const TraceRecord &data = records.at(1);
    QCOMPARE(data.seq, 2u);
    QCOMPARE(data.value, 5);
    QCOMPARE(data.previewBytes(), "hello");
    QVERIFY(!data.isPreviewTruncated());
    QVERIFY(!data.details); // data records carry nothing allocated
}

void tst_RecordRing::recorderBoundsThePreview()
{
    trace::TraceRecorder recorder;
    const QByteArray big(1000, 'x');
    recorder.observe(testrecords::withData(1, NetEvent::WriteCall, big));
    const TraceRecord record = *recorder.record(1);
    QCOMPARE(record.value, 1000);
    QCOMPARE(record.previewSize, trace::PreviewCapacity);
    QVERIFY(record.isPreviewTruncated());
    QCOMPARE(record.previewBytes(), big.left(trace::PreviewCapacity));
}

void tst_RecordRing::recorderTimesDoNotGoBackwards()
{
    trace::TraceRecorder recorder;
    for (int i = 0; i < 100; ++i)
        recorder.observe(testrecords::make(1, NetEvent::Drain));
    const QList<TraceRecord> records = recorder.eventsSince(0);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i).monoNs >= records.at(i - 1).monoNs);
    QVERIFY(records.constFirst().wallMs >= recorder.startWallMs());
}

void tst_RecordRing::recorderDropsAndCountsPastCapacity()
{
    trace::RecorderOptions options;
    options.ringCapacity = 10;
    trace::TraceRecorder recorder(options);
    for (int i = 0; i < 25; ++i)
        recorder.observe(testrecords::make(1, NetEvent::Drain));
    QCOMPARE(recorder.capacity(), 10);
    QCOMPARE(recorder.size(), 10);
    QCOMPARE(recorder.droppedCount(), 15u);
    QCOMPARE(recorder.lastSeq(), 25u);
    QCOMPARE(seqs(recorder.eventsSince(0)), range(16, 25));
    QVERIFY(!recorder.record(15));
}

QTEST_GUILESS_MAIN(tst_RecordRing)
#include "tst_recordring.moc"
