// The netbench command line: dispatching, --help and --version of every mode, exit status 2
// with a clear message for bad usage, and `run` handing the rest of the line to the script.

#include "netbenchprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitTimeoutMs = 30000;

} // namespace

class tst_CommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpPrintsTheCommands();
    void windowWithoutDisplayExplains();
    void helpListsEveryOption_data();
    void helpListsEveryOption();
    void versionOfEveryMode_data();
    void versionOfEveryMode();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void demoRuns_data();
    void demoRuns();
    void runPassesTheRestToTheScript();
    void runWithTraceWritesJsonLines();
    void runEndsOnSignalAndFlushesTheTrace_data();
    void runEndsOnSignalAndFlushesTheTrace();
};

void tst_CommandLine::helpPrintsTheCommands()
{
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"--help"_s}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    for (const char *command : {"gui [FILE]", "run FILE.js", "listen", "connect", "demo"})
        QVERIFY2(netbench.out.contains(command), netbench.out.constData());
}

// Bare `netbench` opens the window; with no display it says what to do instead of aborting.
void tst_CommandLine::windowWithoutDisplayExplains()
{
    NetbenchProcess netbench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    netbench.process.setProcessEnvironment(environment);
    QVERIFY(netbench.start({}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 2);
    QVERIFY2(netbench.err.contains("needs a display"), netbench.err.constData());
    QVERIFY2(netbench.err.contains("netbench run"), netbench.err.constData());
}

void tst_CommandLine::helpListsEveryOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QStringList common {u"--help"_s, u"--version"_s};
    const QStringList traced = common + QStringList {u"--events"_s, u"--trace <FILE>"_s};
    QTest::newRow("listen") << QStringList {u"listen"_s, u"--help"_s}
                            << traced
                    + QStringList {u"--echo"_s,
                                   u"--discard"_s,
                                   u"--no-half-close"_s,
                                   u"--allow-half-open"_s,
                                   u"--max-connections <N>"_s,
                                   u"--keep-open"_s,
                                   u"[HOST:]PORT | HOST PORT | PATH"_s,
                                   u"-k, --keep-open"_s,
                                   u"-l, --listen"_s,
                                   u"Examples:"_s};
    QTest::newRow("connect") << QStringList {u"connect"_s, u"--help"_s}
                             << traced
                    + QStringList {u"--no-delay"_s,        u"--keep-alive <MS>"_s,
                                   u"--timeout <MS>"_s,    u"--no-half-close"_s,
                                   u"--allow-half-open"_s, u"HOST PORT | HOST:PORT | PATH"_s,
                                   u"-w, --wait <TIME>"_s, u"Examples:"_s};
    // ncat's options, shared by listen and connect.
    for (const char *command : {"listen", "connect"}) {
        QTest::addRow("%s: ncat options", command)
                << QStringList {QString::fromLatin1(command), u"--help"_s}
                << QStringList {u"-U, --unixsock"_s,
                                u"-4 "_s,
                                u"-6 "_s,
                                u"-C, --crlf"_s,
                                u"--send-only"_s,
                                u"--recv-only"_s,
                                u"-i, --idle-timeout <TIME>"_s,
                                u"-x, --hex-dump <FILE>"_s,
                                u"-v, --verbose"_s,
                                u"ending in .sock"_s};
    }
    QTest::newRow("run") << QStringList {u"run"_s, u"--help"_s}
                         << traced + QStringList {u"FILE.js [ARGS...]"_s, u"Examples:"_s};
    QTest::newRow("demo") << QStringList {u"demo"_s, u"-h"_s}
                          << common + QStringList {u"--unix"_s, u"Examples:"_s};
    QTest::newRow("help listen") << QStringList {u"help"_s, u"listen"_s}
                                 << QStringList {u"Usage: netbench listen"_s};
    QTest::newRow("top level") << QStringList {u"--help"_s}
                               << QStringList {u"run"_s, u"listen"_s, u"connect"_s, u"demo"_s};
}

void tst_CommandLine::helpListsEveryOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    NetbenchProcess netbench;
    QVERIFY(netbench.start(arguments));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QCOMPARE(netbench.err, QByteArray());
    const QString help = QString::fromUtf8(netbench.out);
    for (const QString &mention : mentions)
        QVERIFY2(help.contains(mention), qPrintable(mention + u" missing from:\n"_s + help));
    for (const QString &line : help.split(u'\n')) // fits a terminal
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void tst_CommandLine::versionOfEveryMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("top level") << QStringList {u"--version"_s};
    for (const QString &mode : {u"run"_s, u"listen"_s, u"connect"_s, u"demo"_s})
        QTest::newRow(qPrintable(mode)) << QStringList {mode, u"--version"_s};
}

void tst_CommandLine::versionOfEveryMode()
{
    QFETCH(QStringList, arguments);
    NetbenchProcess netbench;
    QVERIFY(netbench.start(arguments));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QVERIFY2(netbench.out.startsWith("netbench "), netbench.out.constData());
    QCOMPARE(netbench.out.count('\n'), 1);
}

void tst_CommandLine::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of what stderr must say

    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::newRow(name) << arguments << message;
    };
    row("unknown command", {u"frobnicate"_s}, u"unknown command 'frobnicate'"_s);
    row("listen: no address", {u"listen"_s}, u"missing [HOST:]PORT or PATH"_s);
    // The command line's own words, not Node's ("Received type string").
    row("listen: port abc", {u"listen"_s, u"abc"_s},
        u"'abc' is not a port (a whole number from 0 to 65535)"_s);
    row("listen: port 70000", {u"listen"_s, u"70000"_s},
        u"'70000' is not a port (a whole number from 0 to 65535)"_s);
    row("listen: host, bad port", {u"listen"_s, u"127.0.0.1:x"_s}, u"'x' is not a port"_s);
    row("listen: IPv6 without brackets", {u"listen"_s, u"::1:80"_s}, u"brackets"_s);
    row("listen: unclosed bracket", {u"listen"_s, u"[::1:80"_s}, u"[HOST]:PORT"_s);
    row("listen: unknown option", {u"listen"_s, u"--bogus"_s, u"0"_s}, u"bogus"_s);
    row("listen: two addresses", {u"listen"_s, u"0"_s, u"1"_s}, u"unexpected argument '1'"_s);
    row("listen: echo and discard", {u"listen"_s, u"0"_s, u"--echo"_s, u"--discard"_s},
        u"--echo and --discard"_s);
    row("listen: max-connections x", {u"listen"_s, u"0"_s, u"--max-connections"_s, u"x"_s},
        u"--max-connections"_s);
    row("listen: max-connections missing value", {u"listen"_s, u"0"_s, u"--max-connections"_s},
        u"max-connections"_s);
    row("connect: nothing", {u"connect"_s}, u"missing HOST PORT, HOST:PORT or PATH"_s);
    row("connect: host only", {u"connect"_s, u"127.0.0.1"_s}, u"missing PORT"_s);
    row("connect: port only", {u"connect"_s, u"8080"_s}, u"missing HOST"_s);
    row("connect: port abc", {u"connect"_s, u"127.0.0.1"_s, u"abc"_s}, u"'abc' is not a port"_s);
    row("connect: port 70000", {u"connect"_s, u"127.0.0.1"_s, u"70000"_s},
        u"'70000' is not a port"_s);
    row("connect: HOST:PORT, bad port", {u"connect"_s, u"127.0.0.1:99999"_s},
        u"'99999' is not a port"_s);
    row("connect: [v6]:PORT, bad port", {u"connect"_s, u"[::1]:x"_s}, u"'x' is not a port"_s);
    row("connect: :PORT", {u"connect"_s, u":80"_s}, u"missing HOST before :80"_s);
    row("connect: IPv6 without brackets", {u"connect"_s, u"::1:80"_s}, u"brackets"_s);
    row("connect: -4 with an IPv6 address", {u"connect"_s, u"-4"_s, u"[::1]:80"_s},
        u"::1 is not an IPv4 address (-4)"_s);
    row("listen: -6 with an IPv4 address", {u"listen"_s, u"-6"_s, u"127.0.0.1:0"_s},
        u"127.0.0.1 is not an IPv6 address (-6)"_s);
    row("connect: -4 and -6", {u"connect"_s, u"-4"_s, u"-6"_s, u"h"_s, u"1"_s}, u"exclude"_s);
    row("connect: -U and -4", {u"connect"_s, u"-U"_s, u"-4"_s, u"x"_s}, u"exclude"_s);
    row("connect: -w x", {u"connect"_s, u"-w"_s, u"x"_s, u"h"_s, u"1"_s}, u"-w/--wait needs"_s);
    row("connect: -w 0", {u"connect"_s, u"-w"_s, u"0"_s, u"h"_s, u"1"_s}, u"-w/--wait needs"_s);
    row("listen: -i 5x", {u"listen"_s, u"-i"_s, u"5x"_s, u"0"_s}, u"-i/--idle-timeout needs"_s);
    row("listen: -i -1", {u"listen"_s, u"-i"_s, u"-1"_s, u"0"_s}, u"-i/--idle-timeout needs"_s);
    row("connect: --timeout and -i",
        {u"connect"_s, u"--timeout"_s, u"5"_s, u"-i"_s, u"5"_s, u"h"_s, u"1"_s}, u"give one"_s);
    row("connect: send-only and recv-only",
        {u"connect"_s, u"--send-only"_s, u"--recv-only"_s, u"h"_s, u"1"_s}, u"exclude"_s);
    // Options that would be silently ignored: --echo and --discard never touch standard I/O,
    // --recv-only never reads standard input.
    row("listen: echo and -C", {u"listen"_s, u"127.0.0.1:0"_s, u"--echo"_s, u"-C"_s},
        u"--echo does not use standard I/O"_s);
    row("listen: discard and recv-only",
        {u"listen"_s, u"127.0.0.1:0"_s, u"--discard"_s, u"--recv-only"_s},
        u"--discard does not use standard I/O"_s);
    row("listen: echo and send-only",
        {u"listen"_s, u"127.0.0.1:0"_s, u"--echo"_s, u"--send-only"_s},
        u"--echo does not use standard I/O"_s);
    row("connect: recv-only and -C", {u"connect"_s, u"--recv-only"_s, u"-C"_s, u"h"_s, u"1"_s},
        u"-C changes standard input, which --recv-only does not read"_s);
    row("connect: -U and two words", {u"connect"_s, u"-U"_s, u"a"_s, u"b"_s},
        u"unexpected argument 'b' after the Unix socket path"_s);
    row("listen: hex dump into a missing folder",
        {u"listen"_s, u"-x"_s, u"/nonexistent-folder/dump.txt"_s, u"127.0.0.1:0"_s},
        u"cannot write hex dump /nonexistent-folder/dump.txt"_s);
    row("ncat style: unknown option", {u"-z"_s, u"h"_s, u"1"_s}, u"'z'"_s);
    row("connect: extra argument", {u"connect"_s, u"h"_s, u"1"_s, u"x"_s},
        u"unexpected argument 'x'"_s);
    row("connect: timeout -1", {u"connect"_s, u"h"_s, u"1"_s, u"--timeout"_s, u"-1"_s},
        u"--timeout needs milliseconds"_s);
    row("connect: keep-alive x", {u"connect"_s, u"h"_s, u"1"_s, u"--keep-alive"_s, u"x"_s},
        u"--keep-alive needs milliseconds"_s);
    row("listen: both half-close options",
        {u"listen"_s, u"0"_s, u"--no-half-close"_s, u"--allow-half-open"_s}, u"exclude"_s);
    row("connect: both half-close options",
        {u"connect"_s, u"h"_s, u"1"_s, u"--allow-half-open"_s, u"--no-half-close"_s}, u"exclude"_s);
    row("connect: unknown option", {u"connect"_s, u"--nodelay"_s, u"h"_s, u"1"_s}, u"nodelay"_s);
    row("run: no file", {u"run"_s}, u"missing FILE.js"_s);
    row("run: unknown option before the file", {u"run"_s, u"--bogus"_s, u"x.js"_s}, u"bogus"_s);
    row("demo: argument", {u"demo"_s, u"extra"_s}, u"unexpected argument 'extra'"_s);
}

void tst_CommandLine::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    NetbenchProcess netbench;
    QVERIFY(netbench.start(arguments));
    netbench.process.closeWriteChannel();
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 2);
    QCOMPARE(netbench.out, QByteArray());
    const QString err = QString::fromUtf8(netbench.err);
    QVERIFY2(err.startsWith(u"netbench"_s) && err.contains(message), qPrintable(err));
}

void tst_CommandLine::demoRuns_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("tcp") << QStringList {u"demo"_s};
    QTest::newRow("unix") << QStringList {u"demo"_s, u"--unix"_s};
}

void tst_CommandLine::demoRuns()
{
    QFETCH(QStringList, arguments);
    NetbenchProcess netbench;
    QVERIFY(netbench.start(arguments));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QVERIFY2(netbench.out.contains("listening"), netbench.out.constData());
    QVERIFY2(netbench.out.contains("close"), netbench.out.constData());
}

// Everything after FILE.js, options included, is the script's process.argv.
void tst_CommandLine::runPassesTheRestToTheScript()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"args.js"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("console.log(process.argv.slice(2).join('|'));\n"
               "process.exitCode = process.argv.length;\n");
    file.close();

    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, script, u"a"_s, u"--trace"_s, u"-"_s, u"--help"_s}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.out, "a|--trace|-|--help\n"_ba);
    QCOMPARE(netbench.exitCode(), 6);
    QCOMPARE(netbench.err, QByteArray());
}

void tst_CommandLine::runWithTraceWritesJsonLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"listen.js"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("const net = require('net');\n"
               "const server = net.createServer();\n"
               "server.listen(0, '127.0.0.1', () => server.close());\n");
    file.close();

    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, u"--trace"_s, u"-"_s, script}));
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), 0);
    QStringList names;
    for (const QByteArray &line : netbench.err.trimmed().split('\n')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        names.append(document.object().value(u"name"_s).toString());
    }
    for (const QString &name : {u"listen"_s, u"listening"_s, u"close"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u' ')));
}

void tst_CommandLine::runEndsOnSignalAndFlushesTheTrace_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

// Ctrl+C ends a script as it ends node (130, no 'exit' listeners), even one stuck in an endless
// loop, and the trace still has every record.
void tst_CommandLine::runEndsOnSignalAndFlushesTheTrace()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"endless.js"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("const net = require('net');\n"
                   "process.on('exit', () => console.log('exit listener ran'));\n"
                   "const server = net.createServer().listen(0, '127.0.0.1', () => {\n"
                   "    console.log('ready');\n"
                   "    setTimeout(() => { for (;;) {} }, 10);\n"
                   "});\n");
    }
    const QString trace = dir.filePath(u"trace.jsonl"_s);
    NetbenchProcess netbench;
    QVERIFY(netbench.start({u"run"_s, u"--trace"_s, trace, script}));
    QTRY_VERIFY_WITH_TIMEOUT(netbench.out.contains("ready"), ExitTimeoutMs);
    QCOMPARE(::kill(pid_t(netbench.process.processId()), signalNumber), 0);
    QVERIFY(netbench.waitForExit(ExitTimeoutMs));
    QCOMPARE(netbench.exitCode(), exitCode);
    QVERIFY2(!netbench.out.contains("exit listener ran"), netbench.out.constData());
    QFile written(trace);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray lines = written.readAll();
    QVERIFY2(lines.contains("\"name\":\"listening\""), lines.constData());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
