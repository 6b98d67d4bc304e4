// FileSender over real loopback: backpressure keeps the socket's buffer bounded and stops
// progress while the peer is paused; every byte arrives in order once it resumes; end after
// sending, cancel midway, a missing file, an empty file, and a peer that goes away.

#include "session/filesender.h"

#include "net/server.h"
#include "net/socket.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using session::FileSender;

namespace {

// A connected pair over 127.0.0.1 whose accepted end starts paused, with small kernel buffers
// so backpressure shows after a few hundred KiB rather than after many MiB.
struct Pair
{
    netcore::Server server;
    netcore::Socket client;
    netcore::Socket *accepted = nullptr;
    QByteArray received;
    bool peerEnded = false;
};

void connectPair(Pair *pair)
{
    QSignalSpy listening(&pair->server, &netcore::Server::listening);
    QVERIFY(!pair->server.listen(netcore::ListenOptions::tcp(0, u"127.0.0.1"_s)));
    QVERIFY(listening.wait(5000));
    QObject::connect(&pair->server, &netcore::Server::newConnection, &pair->server,
                     [pair](netcore::Socket *socket) {
                         socket->pause();
                         socket->setReceiveBufferSize(16 * 1024);
                         pair->accepted = socket;
                         QObject::connect(
                                 socket, &netcore::Socket::dataReceived, socket,
                                 [pair](const QByteArray &data) { pair->received += data; });
                         QObject::connect(socket, &netcore::Socket::ended, socket,
                                          [pair] { pair->peerEnded = true; });
                     });
    QSignalSpy connected(&pair->client, &netcore::Socket::connected);
    QVERIFY(!pair->client.connectTo(pair->server.address().port(), u"127.0.0.1"_s));
    QVERIFY(connected.wait(5000));
    QVERIFY(!pair->client.setSendBufferSize(16 * 1024));
    QTRY_VERIFY(pair->accepted != nullptr);
}

QByteArray patternedBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(u"payload.bin"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Waits until progress has been quiet for quietMs: the sender is blocked on 'drain'.
void waitUntilStalled(QSignalSpy &progress, int quietMs = 300)
{
    for (int i = 0; i < 200 && progress.wait(quietMs); ++i) { }
}

} // namespace

class tst_FileSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsEveryByteInOrderWithBoundedBuffer_data();
    void sendsEveryByteInOrderWithBoundedBuffer();
    void cancelMidwayStopsReading();
    void missingFileIsRefusedAtStart();
    void emptyFileFinishesAtOnce();
    void peerGoingAwayEndsTheSendWithAnError();
    void devicesAndFifosAreRefusedAtStart();
};

void tst_FileSender::sendsEveryByteInOrderWithBoundedBuffer_data()
{
    QTest::addColumn<bool>("endAfter");
    QTest::newRow("keep open") << false;
    QTest::newRow("end after sending") << true;
}

void tst_FileSender::sendsEveryByteInOrderWithBoundedBuffer()
{
    QFETCH(bool, endAfter);
    QTemporaryDir dir;
    const QByteArray content = patternedBytes(6 * 1024 * 1024 + 123);
    const QString path = writeFile(dir, content);
    QVERIFY(!path.isEmpty());
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;

    session::FileSender sender(&pair.client, path, endAfter);
    QSignalSpy progress(&sender, &session::FileSender::progress);
    QSignalSpy finished(&sender, &session::FileSender::finished);
    // Sampled on every turn of the loop, i.e. after every pass of the sender.
    qint64 maxBuffered = 0;
    QTimer sampler;
    sampler.setInterval(0);
    connect(&sampler, &QTimer::timeout, this,
            [&] { maxBuffered = qMax(maxBuffered, pair.client.bufferSize()); });
    sampler.start();
    QString error;
    QVERIFY2(sender.start(&error), qPrintable(error));
    QCOMPARE(progress.count(), 0); // nothing from inside start()

    waitUntilStalled(progress);
    const qint64 stalledAt = sender.bytesSent();
    QVERIFY(stalledAt > 0);
    QVERIFY2(stalledAt < content.size() / 2, qPrintable(QString::number(stalledAt)));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!progress.wait(200));
    QCOMPARE(sender.bytesSent(), stalledAt);
    QVERIFY(pair.received.isEmpty());
    const qint64 bound = pair.client.writableHighWaterMark() + session::FileSender::ChunkSize;
    QVERIFY2(maxBuffered <= bound, qPrintable(QString::number(maxBuffered)));

    pair.accepted->resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QTRY_COMPARE(pair.received.size(), content.size());
    QVERIFY(pair.received == content);
    QCOMPARE(progress.constLast().at(0).toLongLong(), content.size());
    QCOMPARE(progress.constLast().at(1).toLongLong(), content.size());
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toLongLong() > progress.at(i - 1).at(0).toLongLong());
    QVERIFY2(maxBuffered <= bound, qPrintable(QString::number(maxBuffered)));
    if (endAfter)
        QTRY_VERIFY(pair.peerEnded);
    else
        QVERIFY(pair.client.isWritable());
}

void tst_FileSender::cancelMidwayStopsReading()
{
    QTemporaryDir dir;
    const QByteArray content = patternedBytes(4 * 1024 * 1024);
    const QString path = writeFile(dir, content);
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;
    session::FileSender sender(&pair.client, path, true);
    QSignalSpy progress(&sender, &session::FileSender::progress);
    QSignalSpy finished(&sender, &session::FileSender::finished);
    QString error;
    QVERIFY(sender.start(&error));
    waitUntilStalled(progress);
    // Waiting for 'drain', the last progress says how far it got (the window shows it).
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), sender.bytesSent());

    sender.cancel();
    QCOMPARE(finished.count(), 0); // on a later turn, not inside cancel()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toString(), session::FileSender::cancelledError());
    const qint64 sent = sender.bytesSent();
    QVERIFY(sent < content.size());
    sender.cancel(); // a second cancel says nothing more

    // What was queued still goes out, nothing after it, and the socket was not ended.
    pair.accepted->resume();
    QTRY_COMPARE(pair.received.size(), sent);
    QVERIFY(!finished.wait(100));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pair.received.size(), sent);
    QVERIFY(pair.received == content.left(sent));
    QVERIFY(pair.client.isWritable());
    QVERIFY(!pair.peerEnded);
}

void tst_FileSender::missingFileIsRefusedAtStart()
{
    QTemporaryDir dir;
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;
    const QString path = dir.filePath(u"missing.bin"_s);
    session::FileSender sender(&pair.client, path, true);
    QSignalSpy finished(&sender, &session::FileSender::finished);
    QString error;
    QVERIFY(!sender.start(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    session::FileSender folder(&pair.client, dir.path(), false);
    QVERIFY(!folder.start(&error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    QVERIFY(!finished.wait(100));
    QCOMPARE(pair.client.bytesWritten(), 0);
    QVERIFY(pair.client.isWritable());
}

void tst_FileSender::emptyFileFinishesAtOnce()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, {});
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;
    pair.accepted->resume();
    session::FileSender sender(&pair.client, path, true);
    QSignalSpy progress(&sender, &session::FileSender::progress);
    QSignalSpy finished(&sender, &session::FileSender::finished);
    QString error;
    QVERIFY(sender.start(&error));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QTRY_VERIFY(pair.peerEnded);
    QVERIFY(pair.received.isEmpty());
}

void tst_FileSender::peerGoingAwayEndsTheSendWithAnError()
{
    QTemporaryDir dir;
    const QByteArray content = patternedBytes(4 * 1024 * 1024);
    const QString path = writeFile(dir, content);
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;
    session::FileSender sender(&pair.client, path, false);
    QSignalSpy progress(&sender, &session::FileSender::progress);
    QSignalSpy finished(&sender, &session::FileSender::finished);
    QString error;
    QVERIFY(sender.start(&error));
    waitUntilStalled(progress);
    pair.accepted->resetAndDestroy();
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.at(0).at(0).toString().isEmpty());
    QVERIFY(finished.at(0).at(0).toString() != session::FileSender::cancelledError());
    QVERIFY(sender.bytesSent() < content.size());
}

// A device or a FIFO has no end (or no size) to send: refused before anything is read.
void tst_FileSender::devicesAndFifosAreRefusedAtStart()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    Pair pair;
    connectPair(&pair);
    if (QTest::currentTestFailed())
        return;
    for (const QString &path : {u"/dev/zero"_s, fifo}) {
        session::FileSender sender(&pair.client, path, false);
        QSignalSpy finished(&sender, &session::FileSender::finished);
        QString error;
        QVERIFY2(!sender.start(&error), qPrintable(path));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QVERIFY(!finished.wait(100));
    }
    QCOMPARE(pair.client.bytesWritten(), 0);
}

QTEST_GUILESS_MAIN(tst_FileSender)
#include "tst_filesender.moc"
