// A standard output that fails (a pipe whose reader is gone, a full device), as node handles
// it: the failed writes of one tick give their callbacks the error, then one 'error' follows
// on process.stdout; console swallows the first such 'error' (so `netbench run x.js | head`
// ends quietly when nothing is logged later), and output after it fails as a plain write does.
// Each script runs in nbscript-run with its stdout on the failing file, and under node where
// node is installed: both must print the same on stderr and exit with the same code.

#include "scripttest.h"

#include <QProcess>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

namespace {

enum class FailingOutput { ClosedPipe, FullDevice };

struct ChildResult
{
    int exitCode = -1;
    QByteArray err;
};

// Runs program with arguments, its stdout on a pipe whose reader is already gone or on
// /dev/full, and stderr captured.
ChildResult runWithFailingStdout(const QString &program, const QStringList &arguments,
                                 FailingOutput output)
{
    ChildResult result;
    int stdoutFd = -1;
    if (output == FailingOutput::ClosedPipe) {
        int pipeEnds[2];
        if (::pipe2(pipeEnds, O_CLOEXEC) != 0)
            return result;
        ::close(pipeEnds[0]);
        stdoutFd = pipeEnds[1];
    } else {
        stdoutFd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        if (stdoutFd < 0)
            return result;
    }
    QProcess child;
    child.setProgram(program);
    child.setArguments(arguments);
    // SIGPIPE ignored, as netbench's main() and node do (nbscript-run leaves it alone).
    child.setChildProcessModifier([stdoutFd] {
        ::signal(SIGPIPE, SIG_IGN);
        ::dup2(stdoutFd, STDOUT_FILENO);
    });
    child.start();
    const bool finished = child.waitForFinished(60000);
    ::close(stdoutFd);
    if (!finished) {
        child.kill();
        child.waitForFinished();
        return result;
    }
    if (child.exitStatus() == QProcess::NormalExit)
        result.exitCode = child.exitCode();
    result.err = child.readAllStandardError();
    return result;
}

// Only the lines of stderr that are not an error report's (whose layout is not node's).
QByteArray linesStartingWith(const QByteArray &text, const QByteArray &prefix)
{
    QByteArray kept;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            kept += line + '\n';
    }
    return kept;
}

} // namespace

class tst_StdioErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedWritesOfATickShareOneError_data();
    void failedWritesOfATickShareOneError();
    void consoleSwallowsTheFirstError_data();
    void consoleSwallowsTheFirstError();
    void consoleAfterTheFirstErrorIsFatal_data();
    void consoleAfterTheFirstErrorIsFatal();

private:
    // Runs source under both with the row's failing stdout: the lines of stderr starting with
    // "> " must be expectedLines, and stderr must contain mustContain.
    void compare(const QByteArray &source, int exitCode, const QByteArray &expectedLines,
                 const QByteArray &mustContain = {});
};

void tst_StdioErrors::compare(const QByteArray &source, int exitCode,
                              const QByteArray &expectedLines, const QByteArray &mustContain)
{
    QFETCH(FailingOutput, output);
    ScriptDir dir;
    const QString file = dir.write(u"stdio.js"_s, source);
    const ChildResult ours
            = runWithFailingStdout(QStringLiteral(NBSCRIPT_RUN_PATH), {file}, output);
    QCOMPARE(linesStartingWith(ours.err, "> "), expectedLines);
    QVERIFY2(ours.err.contains(mustContain), ours.err.constData());
    QCOMPARE(ours.exitCode, exitCode);
    const QString node = scripttest::nodePath();
    if (node.isEmpty())
        return;
    const ChildResult theirs = runWithFailingStdout(node, {file}, output);
    QCOMPARE(linesStartingWith(theirs.err, "> "), expectedLines);
    QVERIFY2(theirs.err.contains(mustContain), theirs.err.constData());
    QCOMPARE(theirs.exitCode, exitCode);
}

static void addOutputs()
{
    QTest::addColumn<FailingOutput>("output");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("closed pipe") << FailingOutput::ClosedPipe << QByteArray("EPIPE");
    QTest::newRow("full device") << FailingOutput::FullDevice << QByteArray("ENOSPC");
}

void tst_StdioErrors::failedWritesOfATickShareOneError_data()
{
    addOutputs();
}

// Before, each failed write emitted its own 'error', ahead of the later writes' callbacks.
void tst_StdioErrors::failedWritesOfATickShareOneError()
{
    QFETCH(QByteArray, code);
    compare(R"js(
const log = (m) => process.stderr.write('> ' + m + '\n');
function burst(tag) {
    for (let i = 0; i < 3; i++)
        process.stdout.write(tag + i + '\n', (e) => log(tag + i + ' callback ' + e.code));
}
process.stdout.on('error', (e) => log('error event ' + e.code));
burst('a');
setImmediate(() => burst('b'));
)js",
            0,
            "> a0 callback " + code + "\n> a1 callback " + code + "\n> a2 callback " + code
                    + "\n> error event " + code + "\n> b0 callback " + code + "\n> b1 callback "
                    + code + "\n> b2 callback " + code + "\n> error event " + code + "\n");
}

void tst_StdioErrors::consoleSwallowsTheFirstError_data()
{
    addOutputs();
}

// Before, the first failed console.log() ended the run with status 1.
void tst_StdioErrors::consoleSwallowsTheFirstError()
{
    compare(R"js(
for (let i = 0; i < 1000; i++) console.log('line ' + i);
setImmediate(() => process.stderr.write('> still running\n'));
process.on('exit', (code) => process.stderr.write('> exit ' + code + '\n'));
)js",
            0, "> still running\n> exit 0\n");
}

void tst_StdioErrors::consoleAfterTheFirstErrorIsFatal_data()
{
    addOutputs();
}

void tst_StdioErrors::consoleAfterTheFirstErrorIsFatal()
{
    QFETCH(QByteArray, code);
    compare(R"js(
console.log('first');
setImmediate(() => { console.log('later'); process.stderr.write('> after later\n'); });
process.on('exit', (code) => process.stderr.write('> exit ' + code + '\n'));
)js",
            1, "> after later\n> exit 1\n", "code: '" + code + "'");
}

QTEST_GUILESS_MAIN(tst_StdioErrors)
#include "tst_stdioerrors.moc"
