// Recording data and write records must not allocate: the ring is preallocated, the preview
// is inline, and the JSON Lines writer formats into a reserved buffer. This test counts every
// malloc/calloc/realloc in the process (glibc symbol interposition, which also sees Qt's own
// allocations) while the recorder works, and fails on a single one.

#include "testrecords.h"
#include "trace/jsonlwriter.h"
#include "trace/tracerecorder.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstddef>

#if defined(__GLIBC__)
#define NB_COUNT_ALLOCATIONS 1

namespace {
std::atomic<bool> counting {false};
std::atomic<long> allocations {0};

void countOne()
{
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);

// Defined in the executable, these replace libc's for every library in the process.
void *malloc(size_t size)
{
    countOne();
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size)
{
    countOne();
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size)
{
    countOne();
    return __libc_realloc(pointer, size);
}
}
#endif

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace {

// Counts allocations while it lives.
class AllocationCounter
{
public:
    AllocationCounter()
    {
#ifdef NB_COUNT_ALLOCATIONS
        allocations.store(0);
        counting.store(true);
#endif
    }
    ~AllocationCounter()
    {
        stop();
    }
    long stop()
    {
#ifdef NB_COUNT_ALLOCATIONS
        counting.store(false);
        return allocations.load();
#else
        return 0;
#endif
    }
};

// What a busy transfer produces: reads and writes of one socket, over and over.
void feedTransfer(trace::TraceRecorder &recorder, int rounds, const QByteArray &chunk)
{
    netcore::NetRecord data = testrecords::withData(7, NetEvent::Data, chunk);
    netcore::NetRecord write = testrecords::withData(7, NetEvent::WriteCall, chunk);
    for (int i = 0; i < rounds; ++i) {
        recorder.observe(data);
        recorder.observe(write);
    }
}

// Fills the ring with records that own details, so that the measured loop overwrites slots
// whose previous occupant held an allocation.
void fillWithRareRecords(trace::TraceRecorder &recorder, int count)
{
    const netcore::SocketAddress local = testrecords::ipv4("127.0.0.1", 80);
    const netcore::NetError error = netcore::NetError::fromErrno(ECONNRESET, u"read"_s);
    for (int i = 0; i < count; ++i) {
        netcore::NetRecord record = testrecords::make(7, NetEvent::Error);
        record.error = &error;
        record.local = &local;
        recorder.observe(record);
    }
}

trace::RecorderOptions withoutTranscripts(qsizetype capacity)
{
    trace::RecorderOptions options;
    options.ringCapacity = capacity;
    options.captureTranscripts = false;
    return options;
}

} // namespace

class tst_RecorderAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counterSeesQtAllocations();
    void dataAndWriteRecordsDoNotAllocate();
    void jsonlWriterDoesNotAllocatePerRecord();
    void transcriptsAllocateRarely();
    void rareRecordsDoAllocate();
};

void tst_RecorderAllocation::initTestCase()
{
#ifndef NB_COUNT_ALLOCATIONS
    QSKIP("counting allocations needs glibc");
#endif
}

void tst_RecorderAllocation::counterSeesQtAllocations()
{
    // Without this, a broken hook would make every other test pass.
    AllocationCounter counter;
    QByteArray bytes(1000, 'x');
    bytes.append("more");
    auto *object = new QObject;
    delete object;
    QVERIFY(counter.stop() >= 2);
}

void tst_RecorderAllocation::dataAndWriteRecordsDoNotAllocate()
{
    trace::TraceRecorder recorder(withoutTranscripts(1024));
    const QByteArray chunk(16 * 1024, 'd');
    fillWithRareRecords(recorder, 1024);
    AllocationCounter counter;
    feedTransfer(recorder, 5000, chunk); // wraps the ring almost ten times
    QCOMPARE(counter.stop(), 0);
    QCOMPARE(recorder.lastSeq(), 1024u + 10000u);
    QCOMPARE(recorder.droppedCount(), 1024u + 10000u - 1024u);
    QCOMPARE(recorder.record(recorder.lastSeq())->previewSize, trace::PreviewCapacity);
}

void tst_RecorderAllocation::jsonlWriterDoesNotAllocatePerRecord()
{
    QTemporaryDir dir;
    trace::JsonlWriter writer;
    QVERIFY(writer.open(dir.filePath(u"t.jsonl"_s), nullptr));
    trace::TraceRecorder recorder(withoutTranscripts(256));
    recorder.addSink(&writer);
    const QByteArray chunk("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n\x01\xff\xfe");
    feedTransfer(recorder, 10, chunk); // warm up: first write to the file
    writer.flush();
    AllocationCounter counter;
    feedTransfer(recorder, 10000, chunk); // about 5 MB of JSON: many buffer flushes
    QCOMPARE(counter.stop(), 0);
    recorder.removeSink(&writer);
    writer.flush();
    QVERIFY(writer.errorString().isEmpty());
    QFile file(dir.filePath(u"t.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 20020);
}

void tst_RecorderAllocation::transcriptsAllocateRarely()
{
    trace::RecorderOptions options;
    options.ringCapacity = 1024;
    trace::TraceRecorder recorder(options);
    const QByteArray oneByte("p");
    feedTransfer(recorder, 1, oneByte); // creates the transcript
    AllocationCounter counter;
    feedTransfer(recorder, 10000, oneByte); // 1-byte ping-pong
    const long counted = counter.stop();
    // Geometric growth of the entry list and the two byte buffers: a few dozen, not 20000.
    QVERIFY2(counted <= 64, qPrintable(u"%1 allocations for 20000 records"_s.arg(counted)));
    QCOMPARE(recorder.transcriptStats(7)->total(trace::Direction::In), 10001);
}

void tst_RecorderAllocation::rareRecordsDoAllocate()
{
    // The other side of the bargain: addresses and errors are kept, which costs allocations.
    trace::TraceRecorder recorder(withoutTranscripts(16));
    AllocationCounter counter;
    fillWithRareRecords(recorder, 1);
    QVERIFY(counter.stop() > 0);
    QVERIFY(recorder.record(1)->error());
}

QTEST_GUILESS_MAIN(tst_RecorderAllocation)
#include "tst_recorderallocation.moc"
