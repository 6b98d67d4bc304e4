// The JSON Lines reader on bad input: each kind of malformed line is refused with its line
// number and a message that names the problem; overlong lines, binary garbage and huge
// files of errors neither crash it nor make it keep unbounded state.

#include "trace/jsonlreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using trace::JsonlReader;
using trace::JsonlReadResult;

namespace {

const QByteArray Good
        = R"({"v":1,"seq":1,"t_ns":5,"wall_ms":1700000000000,"id":2,"kind":"socket","type":"event","name":"ready"})";

JsonlReadResult readBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return JsonlReader::read(&buffer);
}

// Good with one member replaced or added.
QByteArray goodWith(const char *member)
{
    const QByteArray replacement = QByteArray(R"("name":"ready",)") + QByteArray(member);
    return QByteArray(Good).replace(R"("name":"ready")", replacement);
}

} // namespace

class tst_JsonlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAGoodLine();
    void rejectsMalformedLines_data();
    void rejectsMalformedLines();
    void reportsLineNumbersAndKeepsGoodLines();
    void skipsBlankLinesAndCarriageReturns();
    void ignoresUnknownKeys();
    void refusesOverlongLinesAndGoesOn();
    void survivesBinaryGarbage();
    void keepsABoundedNumberOfErrors();
    void missingFileIsAnError();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void refusesAFileOverTheSizeLimit();
    void stopsReadingAtTheByteLimit();
    void skippingAnOverlongLineStopsAtTheByteLimit();
};

void tst_JsonlReader::acceptsAGoodLine()
{
    const JsonlReadResult result = readBytes(Good + '\n');
    QVERIFY(result.ok());
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records.constFirst().event, netcore::NetEvent::Ready);
    QCOMPARE(result.records.constFirst().wallMs, 1700000000000);
}

void tst_JsonlReader::rejectsMalformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("not json") << QByteArray("hello") << u"not JSON"_s;
    QTest::newRow("truncated") << Good.left(40) << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"not a JSON object"_s;
    QTest::newRow("number") << QByteArray("42") << u"not JSON"_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"\"v\" is missing"_s;
    QTest::newRow("future version") << QByteArray(Good).replace("\"v\":1", "\"v\":2")
                                    << u"schema version 2 is not supported"_s;
    QTest::newRow("version as string")
            << QByteArray(Good).replace("\"v\":1", "\"v\":\"1\"") << u"\"v\" must be an integer"_s;
    QTest::newRow("seq missing") << QByteArray(Good).replace("\"seq\":1,", "")
                                 << u"\"seq\" is missing"_s;
    QTest::newRow("seq fraction") << QByteArray(Good).replace("\"seq\":1", "\"seq\":1.5")
                                  << u"\"seq\" must be an integer"_s;
    QTest::newRow("seq zero") << QByteArray(Good).replace("\"seq\":1", "\"seq\":0")
                              << u"\"seq\" must be at least 1"_s;
    QTest::newRow("seq huge") << QByteArray(Good).replace("\"seq\":1", "\"seq\":1e300")
                              << u"\"seq\" must be an integer"_s;
    QTest::newRow("negative time") << QByteArray(Good).replace("\"t_ns\":5", "\"t_ns\":-5")
                                   << u"\"t_ns\" must be at least 0"_s;
    QTest::newRow("id null") << QByteArray(Good).replace("\"id\":2", "\"id\":null")
                             << u"\"id\" must be an integer"_s;
    QTest::newRow("bad kind") << QByteArray(Good).replace("socket", "pipe")
                              << u"\"kind\" must be \"server\" or \"socket\""_s;
    QTest::newRow("bad type") << QByteArray(Good).replace("\"event\"", "\"signal\"")
                              << u"\"type\" must be \"event\" or \"call\""_s;
    QTest::newRow("unknown name") << QByteArray(Good).replace("ready", "explode")
                                  << u"\"explode\" is not a known event name"_s;
    QTest::newRow("event name as call") << QByteArray(Good).replace("\"event\"", "\"call\"")
                                        << u"\"ready\" is not a known call name"_s;
    QTest::newRow("data without bytes")
            << QByteArray(Good).replace("ready", "data") << u"\"bytes\" is missing"_s;
    QTest::newRow("bytes negative")
            << QByteArray(goodWith(R"("bytes":-3)")).replace("ready", "data")
            << u"\"bytes\" must be at least 0"_s;
    QTest::newRow("hadError not bool")
            << QByteArray(goodWith(R"("hadError":1)")).replace("ready", "close")
            << u"\"hadError\" must be true or false"_s;
    QTest::newRow("odd hex")
            << QByteArray(goodWith(R"("bytes":3,"preview":{"hex":"abc"})")).replace("ready", "data")
            << u"\"preview.hex\" must be lowercase hex"_s;
    QTest::newRow("non-hex digits")
            << QByteArray(goodWith(R"("bytes":3,"preview":{"hex":"zz"})")).replace("ready", "data")
            << u"\"preview.hex\" must be lowercase hex"_s;
    QTest::newRow("preview longer than bytes")
            << QByteArray(goodWith(R"("bytes":1,"preview":{"hex":"6162"})"))
                       .replace("ready", "data")
            << u"longer than the record's bytes allow"_s;
    QTest::newRow("write ok not bool")
            << QByteArray(goodWith(R"("bytes":1,"ok":1,"bufferSize":0,"highWaterMark":16384)"))
                       .replace("ready", "write")
                       .replace("\"event\"", "\"call\"")
            << u"\"ok\" must be true or false"_s;
    QTest::newRow("write bufferSize without ok")
            << QByteArray(goodWith(R"("bytes":1,"bufferSize":0,"highWaterMark":16384)"))
                       .replace("ready", "write")
                       .replace("\"event\"", "\"call\"")
            << u"\"ok\" is missing"_s;
    QTest::newRow("write ok without highWaterMark")
            << QByteArray(goodWith(R"("bytes":1,"ok":true,"bufferSize":0)"))
                       .replace("ready", "write")
                       .replace("\"event\"", "\"call\"")
            << u"\"highWaterMark\" is missing"_s;
    QTest::newRow("write bufferSize negative")
            << QByteArray(goodWith(R"("bytes":1,"ok":true,"bufferSize":-1,"highWaterMark":1)"))
                       .replace("ready", "write")
                       .replace("\"event\"", "\"call\"")
            << u"\"bufferSize\" must be at least 0"_s;
    QTest::newRow("preview not object")
            << QByteArray(goodWith(R"("bytes":1,"preview":"a")")).replace("ready", "data")
            << u"\"preview\" must be an object"_s;
    QTest::newRow("address not object")
            << goodWith(R"("local":"127.0.0.1:80")") << u"\"local\" must be an object"_s;
    QTest::newRow("address without port")
            << goodWith(R"("remote":{"address":"::1","family":"IPv6"})")
            << u"\"port\" is missing"_s;
    QTest::newRow("address bad family")
            << goodWith(R"("remote":{"address":"::1","family":"IPv7","port":1})")
            << u"\"remote.family\" must be \"IPv4\" or \"IPv6\""_s;
    QTest::newRow("address port too big")
            << goodWith(R"("local":{"address":"::1","family":"IPv6","port":70000})")
            << u"\"local.port\" must be below 65536"_s;
    QTest::newRow("error without message")
            << goodWith(R"("error":{"name":"Error"})") << u"\"message\" is missing"_s;
    QTest::newRow("error code number")
            << goodWith(R"("error":{"name":"Error","code":5,"message":"m"})")
            << u"\"code\" must be a string"_s;
    QTest::newRow("socket zero") << goodWith(R"("socket":0)") << u"\"socket\" must be at least 1"_s;
    QTest::newRow("nul byte") << QByteArray("{\"v\":1\0}", 8) << u"not JSON"_s;
}

void tst_JsonlReader::rejectsMalformedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!JsonlReader::parseLine(line, &error));
    QVERIFY2(error.contains(message), qPrintable(error));

    const JsonlReadResult result = readBytes(Good + '\n' + line + '\n' + Good + '\n');
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 2);
    QVERIFY(result.errors.constFirst().toString().startsWith(u"line 2: "_s));
}

void tst_JsonlReader::reportsLineNumbersAndKeepsGoodLines()
{
    const QByteArray file = Good + "\nbad\n\n" + Good + "\n{\"v\":1}\n" + Good; // no final \n
    const JsonlReadResult result = readBytes(file);
    QCOMPARE(result.lines, 6);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.badLines, 2);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(1).line, 5);
    QVERIFY(!result.ok());
}

void tst_JsonlReader::skipsBlankLinesAndCarriageReturns()
{
    const JsonlReadResult result = readBytes("\r\n" + Good + "\r\n   \n\t\n" + Good + "\r\n\n");
    QVERIFY(result.ok());
    QCOMPARE(result.records.size(), 2);
}

void tst_JsonlReader::ignoresUnknownKeys()
{
    QString error;
    const auto record = JsonlReader::parseLine(goodWith(R"("added_later":{"x":[1,2]})"), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->endpointId, 2u);
}

void tst_JsonlReader::refusesOverlongLinesAndGoesOn()
{
    QByteArray huge = goodWith(R"("text":")");
    huge += QByteArray(JsonlReader::MaxLineLength + 10, 'a') + "\"}";
    const JsonlReadResult result = readBytes(huge + '\n' + Good + '\n');
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 1);
    QVERIFY(result.errors.constFirst().message.contains(u"longer than"_s));
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.lines, 2);
}

void tst_JsonlReader::survivesBinaryGarbage()
{
    QRandomGenerator random(12345);
    QByteArray garbage(256 * 1024, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(random.bounded(256));
    const JsonlReadResult result = readBytes(garbage);
    QVERIFY(result.records.isEmpty());
    QVERIFY(result.badLines > 0);
    QVERIFY(result.errors.size() <= JsonlReader::MaxErrors);

    // Valid JSON of the wrong shapes, nested deeply.
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QVERIFY(!JsonlReader::parseLine(deep, nullptr));
    QVERIFY(!JsonlReader::parseLine(goodWith(R"("local":{"path":{"path":[]}})"), nullptr));
}

void tst_JsonlReader::keepsABoundedNumberOfErrors()
{
    const JsonlReadResult result = readBytes(QByteArray("nope\n").repeated(1000));
    QCOMPARE(result.badLines, 1000);
    QCOMPARE(result.errors.size(), JsonlReader::MaxErrors);
    QCOMPARE(result.errors.constLast().line, JsonlReader::MaxErrors);
}

void tst_JsonlReader::missingFileIsAnError()
{
    QTemporaryDir dir;
    const JsonlReadResult result = JsonlReader::readFile(dir.filePath(u"absent.jsonl"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.constFirst().line, 0);
    QVERIFY(result.errors.constFirst().toString().contains(u"absent.jsonl"_s));
}

void tst_JsonlReader::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("/dev/zero") << u"device"_s << u"is not a regular file"_s;
    QTest::newRow("fifo without a writer") << u"fifo"_s << u"is not a regular file"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
}

void tst_JsonlReader::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QString path = dir.path();
    if (kind == u"device") {
        path = u"/dev/zero"_s; // would read NUL bytes forever
    } else if (kind == u"fifo") {
        path = dir.filePath(u"fifo"_s); // opening it would wait for a writer
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    const JsonlReadResult result = JsonlReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 0);
    QVERIFY2(result.errors.constFirst().message.contains(path + u' ' + message),
             qPrintable(result.errors.constFirst().message));
    QCOMPARE(result.lines, 0);
}

void tst_JsonlReader::refusesAFileOverTheSizeLimit()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(Good + '\n'), Good.size() + 1);
    QVERIFY(file.resize(JsonlReader::MaxFileSize + 1)); // sparse: nothing more is written
    file.close();

    const JsonlReadResult result = JsonlReader::readFile(file.fileName());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 0);
    QVERIFY2(result.errors.constFirst().message.contains(u"is too large"_s),
             qPrintable(result.errors.constFirst().message));
    QCOMPARE(result.lines, 0);
}

void tst_JsonlReader::stopsReadingAtTheByteLimit()
{
    // A device that holds more than the limit (a file that grew after it was opened).
    QByteArray bytes = QByteArray(Good + '\n').repeated(10);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const qint64 limit = 3 * (Good.size() + 1) + 10;
    const JsonlReadResult result = JsonlReader::read(&buffer, limit);
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.lines, 3); // the line the limit cut is not counted as malformed
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 0);
    QVERIFY(result.errors.constFirst().message.contains(u"larger than"_s));
    QVERIFY(buffer.pos() <= limit);

    // Exactly at the limit is not too large.
    bytes = QByteArray(Good + '\n').repeated(3);
    QBuffer exact(&bytes);
    QVERIFY(exact.open(QIODevice::ReadOnly));
    const JsonlReadResult whole = JsonlReader::read(&exact, bytes.size());
    QVERIFY(whole.ok());
    QCOMPARE(whole.records.size(), 3);
}

void tst_JsonlReader::skippingAnOverlongLineStopsAtTheByteLimit()
{
    QByteArray bytes(3 * JsonlReader::MaxLineLength, 'x');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const qint64 limit = 2 * JsonlReader::MaxLineLength;
    const JsonlReadResult result = JsonlReader::read(&buffer, limit);
    QVERIFY(buffer.pos() <= limit);
    QCOMPARE(result.errors.size(), 2);
    QVERIFY(result.errors.at(0).message.contains(u"longer than"_s));
    QVERIFY(result.errors.at(1).message.contains(u"larger than"_s));
}

QTEST_GUILESS_MAIN(tst_JsonlReader)
#include "tst_jsonlreader.moc"
