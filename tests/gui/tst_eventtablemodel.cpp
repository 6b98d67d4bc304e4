// EventTableModel under QAbstractItemModelTester: one rowsInserted per batch and one
// rowsRemoved per batch that pushes records out, the bounded store, filters applied to new
// batches and to the store (also in slices), the three time modes and the summary texts.

#include "gui/eventpresentation.h"
#include "gui/eventstore.h"
#include "gui/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using gui::EventTableModel;
using netcore::EndpointKind;
using netcore::NetEvent;
using trace::TraceRecord;

namespace {

TraceRecord makeRecord(quint64 seq, quint64 id, NetEvent event, qint64 value = -1)
{
    TraceRecord r;
    r.seq = seq;
    r.monoNs = qint64(seq) * 1000000 + 500; // 1 ms apart
    r.wallMs = 1732233600000 + qint64(seq);
    r.endpointId = id;
    r.kind = id == 1 ? EndpointKind::Server : EndpointKind::Socket;
    r.event = event;
    r.value = value;
    return r;
}

TraceRecord dataRecord(quint64 seq, quint64 id, const QByteArray &bytes)
{
    TraceRecord r = makeRecord(seq, id, NetEvent::Data, bytes.size());
    r.setPreview(bytes);
    return r;
}

TraceRecord errorRecord(quint64 seq, quint64 id)
{
    TraceRecord r = makeRecord(seq, id, NetEvent::Error);
    trace::TraceDetails d;
    trace::TraceError e;
    e.name = u"Error"_s;
    e.code = u"ECONNREFUSED"_s;
    e.errnoValue = -111;
    e.syscall = u"connect"_s;
    e.address = u"127.0.0.1"_s;
    e.port = 1;
    e.message = u"connect ECONNREFUSED 127.0.0.1:1"_s;
    d.error = e;
    r.details = std::make_shared<const trace::TraceDetails>(d);
    return r;
}

// count records from seq first on: data on endpoint 2, write() on 3, every 10th an error on 4.
QList<TraceRecord> batch(quint64 first, int count)
{
    QList<TraceRecord> records;
    for (int i = 0; i < count; ++i) {
        const quint64 seq = first + quint64(i);
        if (seq % 10 == 0)
            records.append(errorRecord(seq, 4));
        else if (seq % 2 == 0)
            records.append(dataRecord(seq, 2, "hello"));
        else
            records.append(makeRecord(seq, 3, NetEvent::WriteCall, 5));
    }
    return records;
}

struct Fixture
{
    EventTableModel model;
    QAbstractItemModelTester tester {&model,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy inserted {&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed {&model, &QAbstractItemModel::rowsRemoved};
    QSignalSpy resets {&model, &QAbstractItemModel::modelReset};
};

quint64 seqAt(const EventTableModel &model, int row)
{
    return model.data(model.index(row, EventTableModel::SeqColumn), EventTableModel::SeqRole)
            .toULongLong();
}

} // namespace

class EventTableModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneInsertPerBatch();
    void emptyBatchChangesNothing();
    void capacityDropsOldestInOneRemoval();
    void batchLargerThanCapacity();
    void storeKeepsItsRecordsInPlace();
    void shrinkingCapacity();
    void lostRecordsAreCounted();
    void filterByEndpoint();
    void filterByEvent();
    void filterByText();
    void hidingAutomaticRows();
    void filterAppliesToNewBatches();
    void filteredFrontDrop();
    void rescanInSlices();
    void timeModes();
    void summaries();
    void clearResets();
};

void EventTableModelTest::oneInsertPerBatch()
{
    Fixture f;
    f.model.appendRecords(batch(1, 100), 0);
    f.model.appendRecords(batch(101, 3000), 0);
    f.model.appendRecords(batch(3101, 1), 0);
    QCOMPARE(f.inserted.count(), 3);
    QCOMPARE(f.removed.count(), 0);
    QCOMPARE(f.inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(f.inserted.at(1).at(2).toInt(), 3099);
    QCOMPARE(f.model.rowCount(), 3101);
    QCOMPARE(f.model.store().size(), 3101);
    QCOMPARE(seqAt(f.model, 0), 1u);
    QCOMPARE(seqAt(f.model, 3100), 3101u);
    QCOMPARE(f.model.columnCount(), 5);
    QCOMPARE(f.model.endpoints(), (QList<quint64> {3, 2, 4}));
}

void EventTableModelTest::emptyBatchChangesNothing()
{
    Fixture f;
    f.model.appendRecords({}, 0);
    QCOMPARE(f.inserted.count(), 0);
    QCOMPARE(f.model.rowCount(), 0);
}

void EventTableModelTest::capacityDropsOldestInOneRemoval()
{
    Fixture f;
    f.model.setCapacity(250);
    f.model.appendRecords(batch(1, 200), 0);
    f.model.appendRecords(batch(201, 100), 0);
    QCOMPARE(f.inserted.count(), 2);
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.removed.at(0).at(1).toInt(), 0);
    QCOMPARE(f.removed.at(0).at(2).toInt(), 49);
    QCOMPARE(f.model.rowCount(), 250);
    QCOMPARE(f.model.store().droppedCount(), 50u);
    QCOMPARE(seqAt(f.model, 0), 51u);
    QCOMPARE(seqAt(f.model, 249), 300u);
    // Many full batches wrap the ring several times.
    for (int i = 0; i < 10; ++i)
        f.model.appendRecords(batch(301 + quint64(i) * 100, 100), 0);
    QCOMPARE(f.inserted.count(), 12);
    QCOMPARE(f.removed.count(), 11);
    QCOMPARE(f.model.rowCount(), 250);
    QCOMPARE(seqAt(f.model, 0), 1051u);
    QCOMPARE(seqAt(f.model, 249), 1300u);
    QCOMPARE(f.model.store().droppedCount(), 1050u);
}

// The store's records stay where they are while it grows to its capacity and wraps: appending
// never moves the records it holds (each doubling of the ring copied all of them before).
void EventTableModelTest::storeKeepsItsRecordsInPlace()
{
    constexpr int Capacity = 5000;
    gui::EventStore store(Capacity);
    store.append(batch(1, 1));
    const TraceRecord *first = &store.at(0);
    for (quint64 seq = 2; seq <= Capacity; seq += 100)
        store.append(batch(seq, int(qMin<quint64>(100, Capacity + 1 - seq))));
    QCOMPARE(store.size(), Capacity);
    QCOMPARE(&store.at(0), first);
    QCOMPARE(store.at(0).seq, 1u);
    QCOMPARE(store.at(Capacity - 1).seq, quint64(Capacity));
    store.append(batch(Capacity + 1, 10)); // full: the ten oldest make room
    QCOMPARE(store.at(0).seq, 11u);
    QCOMPARE(store.at(Capacity - 1).seq, quint64(Capacity + 10));
}

void EventTableModelTest::batchLargerThanCapacity()
{
    Fixture f;
    f.model.setCapacity(100);
    f.model.appendRecords(batch(1, 30), 0);
    f.model.appendRecords(batch(31, 250), 0);
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.removed.at(0).at(2).toInt(), 29);
    QCOMPARE(f.inserted.count(), 2);
    QCOMPARE(f.inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(f.inserted.at(1).at(2).toInt(), 99);
    QCOMPARE(f.model.rowCount(), 100);
    QCOMPARE(seqAt(f.model, 0), 181u);
    QCOMPARE(seqAt(f.model, 99), 280u);
    QCOMPARE(f.model.store().droppedCount(), 180u);
}

void EventTableModelTest::shrinkingCapacity()
{
    Fixture f;
    f.model.appendRecords(batch(1, 500), 0);
    f.model.setCapacity(120);
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.model.rowCount(), 120);
    QCOMPARE(seqAt(f.model, 0), 381u);
    f.model.appendRecords(batch(501, 20), 0);
    QCOMPARE(f.removed.count(), 2);
    QCOMPARE(seqAt(f.model, 0), 401u);
    QCOMPARE(seqAt(f.model, 119), 520u);
}

void EventTableModelTest::lostRecordsAreCounted()
{
    Fixture f;
    f.model.appendRecords(batch(1, 10), 0);
    f.model.appendRecords(batch(20, 10), 9);
    QCOMPARE(f.model.store().lostCount(), 9u);
    QCOMPARE(f.model.rowCount(), 20);
}

void EventTableModelTest::filterByEndpoint()
{
    Fixture f;
    f.model.appendRecords(batch(1, 100), 0);
    f.model.setEndpointFilter({4});
    QCOMPARE(f.resets.count(), 1);
    QCOMPARE(f.model.rowCount(), 10);
    QCOMPARE(f.model.isRescanning(), false);
    f.model.setEndpointFilter({2, 4});
    QCOMPARE(f.model.rowCount(), 50);
    for (int row = 0; row < f.model.rowCount(); ++row)
        QVERIFY(f.model.record(row).endpointId != 3);
    f.model.setEndpointFilter({});
    QCOMPARE(f.model.rowCount(), 100);
}

void EventTableModelTest::filterByEvent()
{
    Fixture f;
    f.model.appendRecords(batch(1, 100), 0);
    f.model.setEventMask(EventTableModel::eventBit(NetEvent::WriteCall));
    QCOMPARE(f.model.rowCount(), 50);
    f.model.setEventMask(EventTableModel::eventBit(NetEvent::WriteCall)
                         | EventTableModel::eventBit(NetEvent::Error));
    QCOMPARE(f.model.rowCount(), 60);
    f.model.setEventMask(0);
    QCOMPARE(f.model.rowCount(), 0);
    f.model.setEventMask(EventTableModel::AllEvents);
    QCOMPARE(f.model.rowCount(), 100);
}

// A connection's rows as a class sees them: the automatic end() and destroy() netcore makes
// and 'ready' go; the user's own end() and destroy() and every event stay.
void EventTableModelTest::hidingAutomaticRows()
{
    Fixture f;
    const auto call = [](quint64 seq, NetEvent event, bool internal) {
        TraceRecord r = makeRecord(seq, 2, event);
        r.internal = internal;
        return r;
    };
    const QList<TraceRecord> records {
            call(1, NetEvent::ConnectCall, false), makeRecord(2, 2, NetEvent::Connect),
            makeRecord(3, 2, NetEvent::Ready),     call(4, NetEvent::EndCall, true),
            call(5, NetEvent::DestroyCall, true),  call(6, NetEvent::DestroyCall, false),
            makeRecord(7, 2, NetEvent::Close),
    };
    f.model.appendRecords(records.mid(0, 3), 0);
    f.model.setHidingAutomatic(true);
    QVERIFY(f.model.isFiltered());
    QCOMPARE(f.model.rowCount(), 2);
    f.model.appendRecords(records.mid(3), 0); // new batches are filtered too
    QCOMPARE(f.model.rowCount(), 4);
    QList<quint64> shown;
    for (int row = 0; row < f.model.rowCount(); ++row)
        shown << seqAt(f.model, row);
    QCOMPARE(shown, (QList<quint64> {1, 2, 6, 7}));
    QCOMPARE(f.model.store().size(), 7); // hidden, not dropped
    f.model.setHidingAutomatic(false);
    QCOMPARE(f.model.rowCount(), 7);
    QVERIFY(!f.model.isFiltered());
}

void EventTableModelTest::filterByText()
{
    Fixture f;
    f.model.appendRecords(batch(1, 100), 0);
    f.model.setTextFilter(u"econnrefused"_s); // the error code in the summary
    QCOMPARE(f.model.rowCount(), 10);
    f.model.setTextFilter(u"HELLO"_s); // the preview of the data records
    QCOMPARE(f.model.rowCount(), 40);
    f.model.setTextFilter(u"write()"_s); // the event name
    QCOMPARE(f.model.rowCount(), 50);
    f.model.setTextFilter(u"#4 socket"_s); // the endpoint
    QCOMPARE(f.model.rowCount(), 10);
    f.model.setTextFilter(u"nothing like this"_s);
    QCOMPARE(f.model.rowCount(), 0);
    f.model.setTextFilter({});
    QCOMPARE(f.model.rowCount(), 100);
}

void EventTableModelTest::filterAppliesToNewBatches()
{
    Fixture f;
    f.model.setEndpointFilter({4});
    f.model.appendRecords(batch(1, 100), 0);
    QCOMPARE(f.inserted.count(), 1);
    QCOMPARE(f.model.rowCount(), 10);
    // A batch without a match inserts nothing.
    f.model.appendRecords(batch(101, 9), 0);
    QCOMPARE(f.inserted.count(), 1);
    QCOMPARE(f.model.store().size(), 109);
    f.model.appendRecords(batch(110, 1), 0);
    QCOMPARE(f.inserted.count(), 2);
    QCOMPARE(f.model.rowCount(), 11);
    QCOMPARE(seqAt(f.model, 10), 110u);
}

void EventTableModelTest::filteredFrontDrop()
{
    Fixture f;
    f.model.setCapacity(100);
    f.model.setEndpointFilter({4});
    f.model.appendRecords(batch(1, 100), 0);  // errors at 10, 20, ..., 100
    f.model.appendRecords(batch(101, 35), 0); // drops 1..35: errors 10, 20, 30
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.removed.at(0).at(2).toInt(), 2);
    QCOMPARE(f.inserted.count(), 2);
    QCOMPARE(f.model.rowCount(), 10);
    QCOMPARE(seqAt(f.model, 0), 40u);
    QCOMPARE(seqAt(f.model, 9), 130u);
    // A drop of records that were all filtered out removes no row.
    f.model.appendRecords(batch(136, 4), 0); // drops 36..39
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.model.rowCount(), 10);
    // Clearing the filter shows the whole store again.
    f.model.setEndpointFilter({});
    QCOMPARE(f.model.rowCount(), 100);
    QCOMPARE(seqAt(f.model, 0), 40u);
}

void EventTableModelTest::rescanInSlices()
{
    EventTableModel model; // no tester: it would walk every row after each insert
    model.setCapacity(1000000);
    QList<TraceRecord> many = batch(1, 600000);
    model.appendRecords(many, 0);
    QCOMPARE(model.rowCount(), 600000);
    QSignalSpy finished(&model, &EventTableModel::rescanFinished);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setTextFilter(u"ECONNREFUSED"_s);
    // New records during a rescan are picked up by the rescan, not inserted twice.
    model.appendRecords(batch(600001, 10), 0);
    if (finished.isEmpty())
        QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!model.isRescanning());
    QCOMPARE(model.rowCount(), 60001);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.storeIndex(row - 1) < model.storeIndex(row));
    qInfo("rescan took %lld insert(s) after the first slice", qlonglong(inserted.count()));
}

void EventTableModelTest::timeModes()
{
    Fixture f;
    QList<TraceRecord> records = batch(1, 5);
    records[3].monoNs = records[2].monoNs + 1234567; // +1.234 ms (µs precision, toward zero)
    records[4].monoNs = records[3].monoNs + 999;     // under a µs
    f.model.appendRecords(records, 0);
    auto text = [&f](int row) {
        return f.model.data(f.model.index(row, EventTableModel::TimeColumn)).toString();
    };
    QCOMPARE(f.model.timeMode(), EventTableModel::TimeMode::Absolute);
    QCOMPARE(text(2),
             QDateTime::fromMSecsSinceEpoch(records[2].wallMs).toString(u"hh:mm:ss.zzz"_s));

    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setTimeMode(EventTableModel::TimeMode::SincePrevious);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(0), u"0.000 ms"_s);
    QCOMPARE(text(1), u"+1.000 ms"_s);
    QCOMPARE(text(3), u"+1.234 ms"_s);
    QCOMPARE(text(4), u"0.000 ms"_s);

    f.model.setTimeMode(EventTableModel::TimeMode::SinceReference);
    QCOMPARE(text(0), u"0.000 ms"_s); // no reference chosen: the first row
    QCOMPARE(text(2), u"+2.000 ms"_s);
    f.model.setReferenceRow(2);
    QCOMPARE(f.model.referenceSeq(), 3u);
    QCOMPARE(text(0), u"-2.000 ms"_s);
    QCOMPARE(text(2), u"0.000 ms"_s);
    QCOMPARE(text(3), u"+1.234 ms"_s);
    QCOMPARE(f.model.data(f.model.index(2, EventTableModel::TimeColumn), Qt::FontRole)
                     .value<QFont>()
                     .bold(),
             true);
    QCOMPARE(EventTableModel::formatDeltaNs(-1500000), u"-1.500 ms"_s);
    QCOMPARE(EventTableModel::formatDeltaNs(12345678901), u"+12345.678 ms"_s);
    QVERIFY(f.model.headerData(EventTableModel::TimeColumn, Qt::Horizontal)
                    .toString()
                    .contains(u"reference"_s));
}

void EventTableModelTest::summaries()
{
    using gui::EventPresentation;
    QCOMPARE(EventPresentation::summary(dataRecord(1, 2, "hello")), u"5 bytes  \"hello\""_s);
    QCOMPARE(EventPresentation::summary(errorRecord(2, 2)),
             u"ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1"_s);
    QCOMPARE(EventPresentation::category(errorRecord(2, 2)), gui::EventCategory::Error);
    TraceRecord write = makeRecord(5, 2, NetEvent::WriteCall, 2);
    write.setPreview("ab");
    write.write = {0, 131072, 16384};
    QCOMPARE(EventPresentation::summary(write),
             u"2 bytes  \u2192 false (bufferSize 131072 \u2265 highWaterMark 16384: wait for "
             "'drain')  \"ab\""_s);
    QVERIFY(EventPresentation::details(write).contains(u"131072 bytes (bufferSize)"_s));
    write.write = {1, 0, 16384};
    QCOMPARE(EventPresentation::summary(write),
             u"2 bytes  \u2192 true (bufferSize 0 < highWaterMark 16384)  \"ab\""_s);
    write.write = {0, 0, 16384};
    QCOMPARE(EventPresentation::summary(write),
             u"2 bytes  \u2192 false (the socket cannot write)  \"ab\""_s);
    TraceRecord timeout = makeRecord(3, 2, NetEvent::SetTimeoutCall, 30);
    QCOMPARE(EventPresentation::summary(timeout), u"30 ms"_s);
    TraceRecord connect = makeRecord(4, 2, NetEvent::ConnectCall, 8080);
    trace::TraceDetails d;
    d.text = u"example.org"_s;
    connect.details = std::make_shared<const trace::TraceDetails>(d);
    QCOMPARE(EventPresentation::summary(connect), u"example.org:8080"_s);
    QCOMPARE(EventPresentation::eventLabel(connect), u"connect()"_s);
    connect.internal = true;
    QCOMPARE(EventPresentation::eventLabel(connect), u"connect() auto"_s);
    QCOMPARE(EventPresentation::endpointLabel(connect), u"#2 socket"_s);
    QCOMPARE(EventPresentation::legend().size(), gui::EventCategoryCount);
    QCOMPARE(EventPresentation::hexDump("hello"),
             u"0000  68 65 6c 6c 6f                                   hello\n"_s);
    const QString details = EventPresentation::details(errorRecord(9, 2));
    QVERIFY(details.contains(u"-111"_s));
    QVERIFY(details.contains(u"System call"_s));
    // Readable words, not the schema's field names.
    for (const TraceRecord &record : {errorRecord(9, 2), write, connect}) {
        const QStringList lines = EventPresentation::details(record).split(u'\n');
        for (const QString &field : {u"mono"_s, u"internal"_s, u"extra"_s, u"value"_s, u"seq"_s})
            QVERIFY2(std::none_of(lines.cbegin(), lines.cend(),
                                  [&](const QString &line) { return line.startsWith(field); }),
                     qPrintable(field + u" in:\n"_s + lines.join(u'\n')));
    }
    QVERIFY(EventPresentation::details(connect).contains(u"made by netcore itself"_s));
}

void EventTableModelTest::clearResets()
{
    Fixture f;
    f.model.appendRecords(batch(1, 50), 0);
    f.model.clear();
    QCOMPARE(f.resets.count(), 1);
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.store().size(), 0);
    QVERIFY(f.model.endpoints().isEmpty());
    f.model.appendRecords(batch(51, 5), 0);
    QCOMPARE(f.model.rowCount(), 5);
    QCOMPARE(seqAt(f.model, 0), 51u);
}

QTEST_GUILESS_MAIN(EventTableModelTest)
#include "tst_eventtablemodel.moc"
