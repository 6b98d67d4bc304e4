// netbench run with a standard output that fails: as node, a write to it that fails (a file
// on a full device: ENOSPC; a pipe whose reader is gone: EPIPE) is an 'error' on
// process.stdout, given to the write's callback first; unhandled, the run ends with status 1
// and the error on standard error. console.log() goes through process.stdout and fails the
// same way. Before, the failure went unnoticed and the run ended with 0.

#include "netbenchprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_RunOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDeviceIsAnUncaughtError();
    void consoleSwallowsAFullDevice();
    void fullDeviceErrorCanBeHandled();
    void closedPipeIsAnUncaughtError();

private:
    QString writeScript(const QByteArray &source);
    bool runWithStdoutOnFullDevice(NetbenchProcess &netbench, const QByteArray &source);

    QTemporaryDir m_dir;
    int m_scripts = 0;
};

QString tst_RunOutput::writeScript(const QByteArray &source)
{
    const QString path = m_dir.filePath(u"script%1.js"_s.arg(++m_scripts));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
        return {};
    return path;
}

// Runs source, which then says its exit code on stderr, with standard output on /dev/full.
bool tst_RunOutput::runWithStdoutOnFullDevice(NetbenchProcess &netbench, const QByteArray &source)
{
    const QString script = writeScript(source
                                       + "process.on('exit', (code) => "
                                         "process.stderr.write('exit ' + code + '\\n'));\n");
    netbench.process.setStandardOutputFile(u"/dev/full"_s);
    return !script.isEmpty() && netbench.start({u"run"_s, script}) && netbench.waitForExit();
}

void tst_RunOutput::fullDeviceIsAnUncaughtError()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full");
    NetbenchProcess netbench;
    QVERIFY(runWithStdoutOnFullDevice(netbench, "process.stdout.write('hello\\n');\n"));
    QCOMPARE(netbench.exitCode(), 1);
    QVERIFY2(netbench.err.contains("exit 1\n"), netbench.err.constData());
    QVERIFY2(netbench.err.contains("Error: ENOSPC: no space left on device, write\n"),
             netbench.err.constData());
    QVERIFY2(netbench.err.contains("errno: -28,\n  syscall: 'write',\n  code: 'ENOSPC'\n}"),
             netbench.err.constData());
}

// As node's console: the stream's first error is swallowed (node exits 0 here too).
void tst_RunOutput::consoleSwallowsAFullDevice()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full");
    NetbenchProcess netbench;
    QVERIFY(runWithStdoutOnFullDevice(netbench, "console.log('hello');\n"));
    QCOMPARE(netbench.err, QByteArray("exit 0\n"));
    QCOMPARE(netbench.exitCode(), 0);
}

void tst_RunOutput::fullDeviceErrorCanBeHandled()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full");
    const QString script = writeScript(
            "process.stdout.on('error', (e) => console.error('error event', e.code, e.syscall));\n"
            "const result = process.stdout.write('hello\\n', (e) => console.error('callback', "
            "e.code));\n"
            "console.error('returned', result);\n");
    NetbenchProcess netbench;
    netbench.process.setStandardOutputFile(u"/dev/full"_s);
    QVERIFY(netbench.start({u"run"_s, script}));
    QVERIFY(netbench.waitForExit());
    QCOMPARE(netbench.err,
             QByteArray("returned false\ncallback ENOSPC\nerror event ENOSPC write\n"));
    QCOMPARE(netbench.exitCode(), 0);
}

void tst_RunOutput::closedPipeIsAnUncaughtError()
{
    int pipeEnds[2];
    QCOMPARE(::pipe2(pipeEnds, O_CLOEXEC), 0);
    ::close(pipeEnds[0]); // the reader is gone before the first write
    const int writeEnd = pipeEnds[1];
    const QString script
            = writeScript("let lines = 0;\n"
                          "function more() {\n"
                          "  for (let i = 0; i < 100; i++) console.log('line ' + lines++);\n"
                          "  if (lines < 100000) setImmediate(more);\n"
                          "}\n"
                          "more();\n");
    NetbenchProcess netbench;
    netbench.process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    QVERIFY(netbench.start({u"run"_s, script}));
    ::close(writeEnd);
    QVERIFY(netbench.waitForExit());
    QCOMPARE(netbench.exitCode(), 1);
    QVERIFY2(netbench.err.contains("Error: write EPIPE\n"), netbench.err.constData());
    QVERIFY2(netbench.err.contains("errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}"),
             netbench.err.constData());
}

QTEST_GUILESS_MAIN(tst_RunOutput)
#include "tst_runoutput.moc"
