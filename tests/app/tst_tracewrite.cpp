// Output that cannot be written is an error, never a silent loss: a --trace file on a full
// disk (/dev/full fails every write with ENOSPC), a trace path that cannot be opened, --events
// on a failing standard error, and the demo's standard output.

#include "netbenchprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 30000;
const QString FullDisk = u"/dev/full"_s;
const QByteArray FullDiskMessage
        = "netbench: cannot write trace /dev/full: No space left on device\n";

// A script that listens, then closes: a few records, exit status 0 under node.
QString writeScript(const QTemporaryDir &dir, const QByteArray &extra = {})
{
    const QString path = dir.filePath(u"listen.js"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("const net = require('net');\n"
               "const server = net.createServer();\n"
               "server.listen(0, '127.0.0.1', () => server.close());\n"
               + extra);
    return path;
}

} // namespace

class tst_TraceWrite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runReportsTraceWriteFailure();
    void failedRunKeepsItsOwnExitCode();
    void listenAndConnectReportTraceWriteFailure();
    void longRunReportsTraceWriteFailureAtOnce();
    void failingStandardErrorFailsTheEvents_data();
    void failingStandardErrorFailsTheEvents();
    void unusableTracePathIsRefused_data();
    void unusableTracePathIsRefused();
    void readOnlyTraceFileIsRefused();
    void demoReportsFullStandardOutput();
    void demoEndsQuietlyWhenStandardOutputIsClosed();
};

void tst_TraceWrite::runReportsTraceWriteFailure()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir);
    QVERIFY(!script.isEmpty());
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, u"--trace"_s, FullDisk, script}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.err, FullDiskMessage);
    QCOMPARE(netbench.exitCode(), 1);
}

// A run that failed on its own says so with its own status; the trace failure is still told.
void tst_TraceWrite::failedRunKeepsItsOwnExitCode()
{
    QTemporaryDir dir;
    const QString script = writeScript(dir, "process.exitCode = 3;\n");
    QVERIFY(!script.isEmpty());
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, u"--trace"_s, FullDisk, script}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.err, FullDiskMessage);
    QCOMPARE(netbench.exitCode(), 3);
}

// One connection from `connect` to `listen`, both tracing to a full disk: each ran well, and
// each reports its lost trace once and ends with status 1.
void tst_TraceWrite::listenAndConnectReportTraceWriteFailure()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"--trace"_s, FullDisk, u"127.0.0.1:0"_s}));
    listener.sendAndClose({});
    const QString address = listener.waitForListening();
    QVERIFY2(!address.isEmpty(), listener.err.constData());
    const QString port = address.section(u':', -1);

    NetbenchProcess client;
    QVERIFY(client.start({u"connect"_s, u"--trace"_s, FullDisk, u"127.0.0.1"_s, port}));
    client.sendAndClose({});
    QVERIFY(client.waitForExit(ExitTimeoutMs));
    QVERIFY(listener.waitForExit(ExitTimeoutMs));

    QCOMPARE(client.err, FullDiskMessage);
    QCOMPARE(client.exitCode(), 1);
    QCOMPARE(listener.err.count(FullDiskMessage), 1);
    QCOMPARE(listener.exitCode(), 1);
}

// A server can run for days: the lost trace is reported at the first flush, not at the end.
void tst_TraceWrite::longRunReportsTraceWriteFailureAtOnce()
{
    NetbenchProcess listener;
    QVERIFY(listener.start({u"listen"_s, u"--trace"_s, FullDisk, u"127.0.0.1:0"_s}));
    QVERIFY(!listener.waitForListening().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(listener.err.contains(FullDiskMessage), 10000);
    QCOMPARE(listener.process.state(), QProcess::Running);
    listener.process.terminate();
    QVERIFY(listener.waitForExit(ExitTimeoutMs));
    QCOMPARE(listener.exitCode(), 128 + SIGTERM);
    QCOMPARE(listener.err.count(FullDiskMessage), 1);
}

void tst_TraceWrite::failingStandardErrorFailsTheEvents_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("--events") << QStringList {u"--events"_s};
    QTest::newRow("--trace -") << QStringList {u"--trace"_s, u"-"_s};
}

// The events asked for went nowhere: the run fails (the message itself cannot be seen).
void tst_TraceWrite::failingStandardErrorFailsTheEvents()
{
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const QString script = writeScript(dir);
    QVERIFY(!script.isEmpty());
    NetbenchProcess netbench;
    netbench.process.setStandardErrorFile(FullDisk);
    QVERIFY(netbench.start(QStringList {u"run"_s} + options + QStringList {script}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 1);
}

void tst_TraceWrite::unusableTracePathIsRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("name"); // the --trace path, below the temporary folder
    QTest::addColumn<QString>("reason");
    const QStringList run {u"run"_s, u"script.js"_s};
    const QStringList listen {u"listen"_s, u"127.0.0.1:0"_s};
    const QStringList connect {u"connect"_s, u"127.0.0.1"_s, u"1"_s};
    for (const auto &[mode, command] :
         {std::pair {"run", run}, std::pair {"listen", listen}, std::pair {"connect", connect}}) {
        QTest::addRow("%s folder", mode) << command << QString() << u"Is a directory"_s;
        QTest::addRow("%s missing folder", mode)
                << command << u"missing/trace.jsonl"_s << u"No such file or directory"_s;
    }
}

// Found before anything runs: a clear message and status 2, as for a bad command line.
void tst_TraceWrite::unusableTracePathIsRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = name.isEmpty() ? dir.path() : dir.filePath(name);
    QStringList arguments {command.constFirst(), u"--trace"_s, path};
    arguments += command.mid(1);
    NetbenchProcess netbench;
    netbench.process.setWorkingDirectory(dir.path());
    QVERIFY(netbench.start(arguments));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(QString::fromUtf8(netbench.err),
             u"netbench: cannot write trace %1: %2\n"_s.arg(path, reason));
    QCOMPARE(netbench.exitCode(), 2);
}

void tst_TraceWrite::readOnlyTraceFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root writes to a read-only file");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"read-only.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
    const QString script = writeScript(dir);
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, u"--trace"_s, path, script}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(QString::fromUtf8(netbench.err),
             u"netbench: cannot write trace %1: Permission denied\n"_s.arg(path));
    QCOMPARE(netbench.exitCode(), 2);
}

void tst_TraceWrite::demoReportsFullStandardOutput()
{
    NetbenchProcess netbench;
    netbench.process.setStandardOutputFile(FullDisk);
    QVERIFY(netbench.start({u"demo"_s}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.err, "netbench: cannot write standard output: No space left on device\n");
    QCOMPARE(netbench.exitCode(), 1);
}

// As `listen` and `connect` (and cat): the reader went away, EPIPE, status 141, nothing said.
void tst_TraceWrite::demoEndsQuietlyWhenStandardOutputIsClosed()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    ::close(fds[0]); // no reader: every write fails with EPIPE
    const int writeEnd = fds[1];
    NetbenchProcess netbench;
    netbench.process.setChildProcessModifier([writeEnd] {
        ::dup2(writeEnd, STDOUT_FILENO);
        std::signal(SIGPIPE, SIG_DFL); // as a shell starts it
    });
    const bool started = netbench.start({u"demo"_s});
    ::close(writeEnd);
    QVERIFY(started);
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.err, QByteArray());
    QCOMPARE(netbench.exitCode(), 141);
}

QTEST_GUILESS_MAIN(tst_TraceWrite)
#include "tst_tracewrite.moc"
