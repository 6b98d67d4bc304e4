// TraceSession: installs its recorder for the thread and restores what was there, writes
// records made before start(), reports unwritable destinations, and gets everything to disk:
// on flush(), on a timer, in its destructor and when the process calls exit(). Where process
// exit is involved, the test runs itself as a child process.

#include "testrecords.h"
#include "trace/jsonlreader.h"
#include "trace/tracerecorder.h"
#include "trace/tracesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace {

constexpr char ChildVariable[] = "NB_TRACESESSION_CHILD";

// What netcore would do: deliver a record to the thread's observer, if any.
void emitRecords(int count)
{
    const QByteArray chunk("hello");
    for (int i = 0; i < count; ++i) {
        netcore::NetRecord record = testrecords::withData(9, NetEvent::Data, chunk);
        if (netcore::NetObserver *observer = netcore::NetObserver::current())
            observer->observe(record);
    }
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Child modes: "exit:PATH" writes 3 records to PATH and leaves through std::exit() with the
// session still alive; "events" prints readable and JSON lines on stderr around a marker.
int runChild(const QString &mode)
{
    if (mode.startsWith(u"exit:"_s)) {
        trace::TraceOptions options;
        options.jsonlPath = mode.mid(5);
        auto *session = new trace::TraceSession(options); // never deleted: exit() comes first
        if (!session->start(nullptr))
            return 3;
        emitRecords(3);
        std::exit(0);
    }
    trace::TraceOptions options;
    options.jsonlPath = u"-"_s;
    options.readableEvents = true;
    trace::TraceSession session(options);
    session.start(nullptr);
    emitRecords(1);
    std::fputs("MARK\n", stderr);
    emitRecords(1);
    return 0;
}

QByteArray runSelf(const QString &mode, int *exitCode)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), mode);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(30000))
        return {};
    *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return child.readAllStandardError();
}

} // namespace

class tst_TraceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsRecorderAndRestoresPrevious();
    void recordsMadeBeforeStartAreWritten();
    void unwritableFileIsAReadableError();
    void bufferedFileIsWrittenOnFlushAndDestruction();
    void timerWritesWithoutAsking();
    void writeErrorIsReportedOnceWithThePath();
    void optionsReachTheRecorder();
    void exitWritesWhatWasBuffered();
    void stderrLinesKeepTheirOrder();
};

void tst_TraceSession::installsRecorderAndRestoresPrevious()
{
    trace::TraceRecorder outer;
    netcore::NetObserver::install(&outer);
    {
        trace::TraceSession session({});
        QCOMPARE(netcore::NetObserver::current(), &session.recorder());
        emitRecords(2);
        QCOMPARE(session.recorder().lastSeq(), 2u);
    }
    QCOMPARE(netcore::NetObserver::current(), &outer);
    QCOMPARE(outer.lastSeq(), 0u);
    netcore::NetObserver::install(nullptr);
}

void tst_TraceSession::recordsMadeBeforeStartAreWritten()
{
    QTemporaryDir dir;
    trace::TraceOptions options;
    options.jsonlPath = dir.filePath(u"early.jsonl"_s);
    {
        trace::TraceSession session(options);
        emitRecords(2);
        QVERIFY(session.start(nullptr));
        emitRecords(1);
    }
    const trace::JsonlReadResult read = trace::JsonlReader::readFile(options.jsonlPath);
    QVERIFY(read.ok());
    QCOMPARE(read.records.size(), 3);
    QCOMPARE(read.records.constLast().seq, 3u);
}

void tst_TraceSession::unwritableFileIsAReadableError()
{
    QTemporaryDir dir;
    trace::TraceOptions options;
    options.jsonlPath = dir.filePath(u"no/such/dir/trace.jsonl"_s);
    trace::TraceSession session(options);
    QString error;
    QVERIFY(!session.start(&error));
    QVERIFY2(error.contains(options.jsonlPath), qPrintable(error));
    emitRecords(1); // still records in memory
    QCOMPARE(session.recorder().lastSeq(), 1u);
}

void tst_TraceSession::bufferedFileIsWrittenOnFlushAndDestruction()
{
    QTemporaryDir dir;
    trace::TraceOptions options;
    options.jsonlPath = dir.filePath(u"t.jsonl"_s);
    options.flushIntervalMs = 0;
    {
        trace::TraceSession session(options);
        QVERIFY(session.start(nullptr));
        emitRecords(3);
        QCOMPARE(fileContents(options.jsonlPath).count('\n'), 0); // still in the buffer
        session.flush();
        QCOMPARE(fileContents(options.jsonlPath).count('\n'), 3);
        emitRecords(2);
    }
    QCOMPARE(fileContents(options.jsonlPath).count('\n'), 5);
    QVERIFY(trace::JsonlReader::readFile(options.jsonlPath).ok());
}

void tst_TraceSession::timerWritesWithoutAsking()
{
    QTemporaryDir dir;
    trace::TraceOptions options;
    options.jsonlPath = dir.filePath(u"t.jsonl"_s);
    options.flushIntervalMs = 20;
    trace::TraceSession session(options);
    QVERIFY(session.start(nullptr));
    emitRecords(4);
    QTRY_COMPARE(fileContents(options.jsonlPath).count('\n'), 4);
    QVERIFY(session.writeError().isEmpty());
}

// /dev/full opens, then fails every write with ENOSPC: found by the timer's flush, told once.
void tst_TraceSession::writeErrorIsReportedOnceWithThePath()
{
    trace::TraceOptions options;
    options.jsonlPath = u"/dev/full"_s;
    options.flushIntervalMs = 20;
    trace::TraceSession session(options);
    QStringList reported;
    session.setWriteErrorHandler([&reported](const QString &error) { reported.append(error); });
    QVERIFY(session.start(nullptr));
    emitRecords(2);
    QTRY_COMPARE(reported, QStringList {u"/dev/full: No space left on device"_s});
    emitRecords(2);
    session.flush();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(session.writeError(), reported.constFirst());
}

void tst_TraceSession::optionsReachTheRecorder()
{
    trace::TraceOptions options;
    options.ringCapacity = 3;
    options.transcriptCap = 0;
    trace::TraceSession session(options);
    emitRecords(5);
    QCOMPARE(session.recorder().capacity(), 3);
    QCOMPARE(session.recorder().droppedCount(), 2u);
    QVERIFY(!session.recorder().capturesTranscripts());

    trace::TraceSession nested({}); // the inner session records; the outer one waits
    emitRecords(1);
    QCOMPARE(nested.recorder().lastSeq(), 1u);
    QCOMPARE(session.recorder().lastSeq(), 5u);
}

void tst_TraceSession::exitWritesWhatWasBuffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"exit.jsonl"_s);
    int exitCode = -1;
    runSelf(u"exit:"_s + path, &exitCode);
    QCOMPARE(exitCode, 0);
    const trace::JsonlReadResult read = trace::JsonlReader::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read.records.size(), 3);
}

void tst_TraceSession::stderrLinesKeepTheirOrder()
{
    int exitCode = -1;
    const QList<QByteArray> lines = runSelf(u"events"_s, &exitCode).split('\n');
    QCOMPARE(exitCode, 0);
    QCOMPARE(lines.size(), 6); // 2 records x 2 forms, the marker, and the final empty piece
    // Each record is written as JSON and as a readable line, before the marker, not after.
    QVERIFY(lines.at(0).startsWith("{\"v\":1,\"seq\":1,")
            || lines.at(1).startsWith("{\"v\":1,\"seq\":1,"));
    QVERIFY(lines.at(0).contains("#9 socket  data  5 bytes \"hello\"")
            || lines.at(1).contains("#9 socket  data  5 bytes \"hello\""));
    QCOMPARE(lines.at(2), "MARK");
    QVERIFY(lines.at(3).contains("\"seq\":2") || lines.at(4).contains("\"seq\":2"));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(qEnvironmentVariable(ChildVariable));
    QCoreApplication app(argc, argv);
    tst_TraceSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tracesession.moc"
