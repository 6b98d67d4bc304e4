// Backpressure: a reader that does not read, a writer that honours write()'s answer.
//
// Node v20's order, measured with a paused reader and 64 KiB writes until write() returns
// false (tests/conformance/test-net-write-cb-drain-order.js does the same under node):
//   cb0 cb1 ... cb58 | reader resumes | drain cb59
// Callbacks of writes the kernel took at once run (in order) on later ticks; the write that
// returned false is still queued; when the queue empties 'drain' is emitted first and the
// callback(s) of the final write(s) run after it. bufferSize is 0 inside 'drain'.

#include "testpeers.h"

#include "net/server.h"
#include "net/socket.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace netcore;
using testpeers::Transport;

namespace {

// Keeps the answer recorded for each write() call of one socket.
class WriteRecords final : public NetObserver
{
public:
    explicit WriteRecords(quint64 socketId)
        : m_socketId(socketId)
    {
        NetObserver::install(this);
    }
    ~WriteRecords() { NetObserver::install(nullptr); }

    void observe(const NetRecord &record) override
    {
        if (record.endpointId == m_socketId && record.event == NetEvent::WriteCall)
            outcomes.append(record.write);
    }

    QList<WriteOutcome> outcomes;

private:
    quint64 m_socketId;
};

} // namespace

class tst_Backpressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausedReaderFillsQueueThenDrains_data();
    void pausedReaderFillsQueueThenDrains();
    void drainOnlyAfterFalse();
    void writeRecordCarriesWhatWriteReturned_data();
    void writeRecordCarriesWhatWriteReturned();
    void refusedWriteIsRecordedAsFalse();
    void textCountsItsCharactersAgainstTheMark();
};

void tst_Backpressure::pausedReaderFillsQueueThenDrains_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Backpressure::pausedReaderFillsQueueThenDrains()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ServerOptions serverOptions;
    serverOptions.pauseOnConnect = true;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket writer;
    Socket *reader = testpeers::connectAndAccept(server, writer);
    QVERIFY(reader);
    QVERIFY(reader->isPaused());

    // One ordered record of callbacks and drains; "cb<i>" or "cb<i>:<error code>".
    QStringList order;
    bool inWrite = false;
    QStringList callbacksInsideWrite;
    qint64 bufferSizeAtDrain = -1;
    connect(&writer, &Socket::drained, this, [&] {
        order.append(u"drain"_s);
        bufferSizeAtDrain = writer.bufferSize();
    });

    const QByteArray chunk(64 * 1024, 'b');
    int writes = 0;
    bool more = true;
    while (more && writes < 4096) {
        const QString name = u"cb"_s + QString::number(writes);
        inWrite = true;
        more = writer.write(chunk, [&, name](const NetError &error) {
            order.append(error ? name + u':' + error.code() : name);
            if (inWrite)
                callbacksInsideWrite.append(name);
        });
        inWrite = false;
        ++writes;
    }
    QVERIFY2(!more, "write() never returned false against a paused reader");
    const qint64 total = qint64(writes) * chunk.size();
    qInfo("write() returned false after %d writes of 64 KiB", writes);
    QVERIFY2(writer.bufferSize() >= writer.writableHighWaterMark(),
             qPrintable(QString::number(writer.bufferSize())));
    QVERIFY(writer.bufferSize() > 0);

    // The kernel holds bytes too: the send queue is not empty while the reader is paused.
    QTRY_VERIFY_WITH_TIMEOUT(writer.kernelInfo().unsentBytes > 0, 5000);
    QVERIFY2(!order.contains(u"drain"_s), "drained() before the reader read anything");
    QVERIFY2(!order.contains(u"cb"_s + QString::number(writes - 1)),
             "the write that returned false completed while the reader was paused");
    QVERIFY(callbacksInsideWrite.isEmpty());

    qint64 received = 0;
    connect(reader, &Socket::dataReceived, this,
            [&](const QByteArray &data) { received += data.size(); });
    reader->resume();

    QTRY_COMPARE_WITH_TIMEOUT(received, total, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), writes + 1, 5000);
    QCOMPARE(order.count(u"drain"_s), 1);
    QCOMPARE(bufferSizeAtDrain, 0);
    QCOMPARE(writer.bufferSize(), 0);
    QVERIFY(callbacksInsideWrite.isEmpty());

    // Every callback ran once, without error, in write order; drain precedes the last one.
    QStringList callbacks = order;
    callbacks.removeAll(u"drain"_s);
    QStringList expected;
    for (int i = 0; i < writes; ++i)
        expected.append(u"cb"_s + QString::number(i));
    QCOMPARE(callbacks, expected);
    QVERIFY2(order.indexOf(u"drain"_s) < order.indexOf(expected.last()),
             qPrintable(order.mid(order.size() - 4).join(u' ')));
    QCOMPARE(writer.bytesWritten(), total);
}

void tst_Backpressure::drainOnlyAfterFalse()
{
    // node: 'drain' is emitted only after a write() that returned false.
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket writer;
    QVERIFY(testpeers::connectAndAccept(server, writer));
    QSignalSpy drained(&writer, &Socket::drained);
    int callbacks = 0;
    QVERIFY(writer.write(QByteArray(100, 'x'), [&](const NetError &) { ++callbacks; }));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, 5000);
    QVERIFY(!drained.wait(100));
}

void tst_Backpressure::writeRecordCarriesWhatWriteReturned_data()
{
    QTest::addColumn<Transport>("transport");
    testpeers::addTransportRows();
}

void tst_Backpressure::writeRecordCarriesWhatWriteReturned()
{
    QFETCH(Transport, transport);
    SKIP_IF_UNAVAILABLE(transport);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerOptions serverOptions;
    serverOptions.pauseOnConnect = true;
    Server server(serverOptions);
    QVERIFY(testpeers::listenAndWait(server, testpeers::listenOptionsFor(transport, dir)));
    Socket writer;
    QVERIFY(testpeers::connectAndAccept(server, writer));
    writer.setWritableHighWaterMark(20000);

    WriteRecords records(writer.id());
    QList<bool> returned;
    QList<qint64> bufferSizes;
    const QByteArray chunk(64 * 1024, 'w');
    while (returned.size() < 4096 && (returned.isEmpty() || returned.constLast())) {
        returned.append(writer.write(chunk));
        bufferSizes.append(writer.bufferSize());
    }
    QVERIFY2(!returned.constLast(), "write() never returned false against a paused reader");
    QCOMPARE(records.outcomes.size(), returned.size());
    for (qsizetype i = 0; i < returned.size(); ++i) {
        const WriteOutcome &outcome = records.outcomes.at(i);
        QCOMPARE(outcome.accepted, returned.at(i) ? 1 : 0);
        QCOMPARE(outcome.bufferSize, bufferSizes.at(i));
        QCOMPARE(outcome.highWaterMark, 20000);
    }
    QVERIFY(records.outcomes.constLast().bufferSize >= 20000);
}

void tst_Backpressure::refusedWriteIsRecordedAsFalse()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket writer;
    QVERIFY(testpeers::connectAndAccept(server, writer));
    writer.end();
    WriteRecords records(writer.id());
    QVERIFY(!writer.write(QByteArray(10, 'x')));
    QCOMPARE(records.outcomes.size(), 1);
    QCOMPARE(records.outcomes.constFirst().accepted, 0);
    QCOMPARE(records.outcomes.constFirst().highWaterMark, 16 * 1024);
}

// node: a queued string counts its length (characters) in writableLength, not its bytes.
void tst_Backpressure::textCountsItsCharactersAgainstTheMark()
{
    Server server;
    QVERIFY(testpeers::listenAndWait(server, ListenOptions::tcp(0, u"127.0.0.1"_s)));
    Socket writer;
    QVERIFY(!writer.connectTo(testpeers::connectOptionsFor(server)));
    QVERIFY(writer.isConnecting());
    const QString euros(6000, QChar(0x20ac)); // 18000 bytes in UTF-8
    QVERIFY(writer.write(euros, Encoding::Utf8));
    QCOMPARE(writer.bufferSize(), 6000);
    QCOMPARE(writer.queuedBytes(), 18000);
    QVERIFY(writer.write(euros, Encoding::Utf8));
    QVERIFY(!writer.write(QString(5000, QChar(0x20ac)), Encoding::Utf8));
    QCOMPARE(writer.bufferSize(), 17000);
    QVERIFY(!writer.write(QByteArray(10, 'b')));
    QCOMPARE(writer.bufferSize(), 17010);
    QSignalSpy drained(&writer, &Socket::drained);
    QVERIFY(drained.wait(5000));
    QCOMPARE(writer.bufferSize(), 0);
    QCOMPARE(writer.queuedBytes(), 0);
    QCOMPARE(writer.bytesWritten(), 3 * 17000 + 10);
}

QTEST_GUILESS_MAIN(tst_Backpressure)
#include "tst_backpressure.moc"
