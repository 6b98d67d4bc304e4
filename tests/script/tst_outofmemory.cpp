// Memory that is not there: a Buffer that cannot be allocated is a RangeError the script can
// catch (as in node), and a script that exhausts the engine's heap, or grows a string without
// end, ends its run with a report and exit code 134 instead of crashing the process. The
// children run with a lowered RLIMIT_AS, so the machine's memory is never at stake (which is
// also why CTest labels this file no-asan: ASan reserves terabytes of address space).

#include "scripttest.h"

#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int ChildTimeoutMs = 120000;

struct ChildResult
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// nbscript-run on script, its address space limited to limitBytes.
ChildResult runLimited(const QString &script, qint64 limitBytes)
{
    ChildResult result;
    QProcess child;
    child.setProgram(QStringLiteral(NBSCRIPT_RUN_PATH));
    child.setArguments({script});
    child.setChildProcessModifier([limitBytes] {
        const struct rlimit limit = {rlim_t(limitBytes), rlim_t(limitBytes)};
        ::setrlimit(RLIMIT_AS, &limit);
    });
    child.start();
    if (!child.waitForFinished(ChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        return result;
    }
    result.status = child.exitStatus();
    result.exitCode = child.exitCode();
    result.out = child.readAllStandardOutput();
    result.err = child.readAllStandardError();
    return result;
}

qint64 residentSize()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

const QByteArray HeapReport = "FATAL ERROR: JavaScript heap out of memory: ";

} // namespace

class tst_OutOfMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buffersThatDoNotFitThrowRangeError_data();
    void buffersThatDoNotFitThrowRangeError();
    void exhaustingTheHeapEndsTheRun_data();
    void exhaustingTheHeapEndsTheRun();
    void memoryLimitEndsARunAndTheProcessGoesOn();
    void stackOverflowIsACatchableRangeError();
};

void tst_OutOfMemory::buffersThatDoNotFitThrowRangeError_data()
{
    QTest::addColumn<QByteArray>("allocation");
    // Each size class: the engine's own (< 16 KiB, > 64 MiB), shared with C++ (16 KiB to
    // 64 MiB; std::bad_alloc ended the process before), and bytes from a string.
    QTest::newRow("alloc 1000") << QByteArray("Buffer.alloc(1000)");
    QTest::newRow("allocUnsafe 20000") << QByteArray("Buffer.allocUnsafe(20000)");
    QTest::newRow("alloc 32 MiB") << QByteArray("Buffer.alloc(32 * 1024 * 1024)");
    QTest::newRow("alloc 100 MiB") << QByteArray("Buffer.alloc(100 * 1024 * 1024)");
    QTest::newRow("concat") << QByteArray(
            "Buffer.concat([Buffer.alloc(8 << 20), Buffer.alloc(8 << 20)])");
    QTest::newRow("from string") << QByteArray("Buffer.from('x'.repeat(4 << 20) + held.length)");
}

void tst_OutOfMemory::buffersThatDoNotFitThrowRangeError()
{
    QFETCH(QByteArray, allocation);
    // Fill the memory until an allocation fails, drop everything, three times: the failure is
    // catchable and the run goes on.
    ScriptDir dir;
    const QString script = dir.write(
            u"buffers.js"_s,
            "let held = [];\n"
            "for (let round = 0; round < 3; round++) {\n"
            "  try { for (;;) held.push("
                    + allocation
                    + "); }\n"
                      "  catch (e) { console.log(e instanceof RangeError, e.code, e.message); }\n"
                      "  held = [];\n"
                      "}\n"
                      "console.log('done');\n");
    const ChildResult result = runLimited(script, 512 * MiB);
    QVERIFY2(result.status == QProcess::NormalExit, result.err.constData());
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out,
             QByteArray("true undefined Array buffer allocation failed\n"
                        "true undefined Array buffer allocation failed\n"
                        "true undefined Array buffer allocation failed\n"
                        "done\n"));
    QCOMPARE(result.exitCode, 0);
}

void tst_OutOfMemory::exhaustingTheHeapEndsTheRun_data()
{
    QTest::addColumn<QByteArray>("source");
    // The engine crashed (SIGSEGV) when its heap could not grow, and a string too large for
    // malloc ended the process with std::bad_alloc.
    QTest::newRow("objects") << QByteArray("const a = []; for (;;) a.push({ n: a.length });\n");
    QTest::newRow("arrays") << QByteArray("const a = []; for (;;) a.push([a.length, a.length]);\n");
    QTest::newRow("strings") << QByteArray("let s = 'x'; for (;;) s += s + s.length;\n");
    QTest::newRow("caught in a loop")
            << QByteArray("const a = [];\n"
                          "for (;;) { try { for (;;) a.push({ n: a.length }); } catch (e) {} }\n");
}

void tst_OutOfMemory::exhaustingTheHeapEndsTheRun()
{
    QFETCH(QByteArray, source);
    ScriptDir dir;
    const QString script = dir.write(
            u"heap.js"_s, "process.on('exit', () => console.log('exit listener'));\n" + source);
    const ChildResult result = runLimited(script, 512 * MiB);
    QVERIFY2(result.status == QProcess::NormalExit, result.err.constData());
    QCOMPARE(result.exitCode, 134);
    QVERIFY2(result.err.startsWith(HeapReport), result.err.constData());
    // As node at its heap limit: no 'exit' listener runs.
    QCOMPARE(result.out, QByteArray());
}

void tst_OutOfMemory::memoryLimitEndsARunAndTheProcessGoesOn()
{
    // In-process, as the window runs scripts: the run's resident-size limit ends it, and the
    // process (this test) goes on to run another script.
    ScriptDir dir;
    const QString hungry = dir.write(
            u"hungry.js"_s, "const a = []; for (;;) a.push({ n: a.length, s: 'k' + a.length });\n");
    script::RunOptions options;
    options.scriptPath = hungry;
    options.maxMemory = residentSize() + 256 * MiB;
    QByteArray err;
    options.output = [&err](script::OutputChannel channel, const QByteArray &bytes) {
        if (channel == script::OutputChannel::StandardError)
            err.append(bytes);
    };
    QCOMPARE(script::runScript(options), 134);
    QVERIFY2(err.startsWith(HeapReport), err.constData());
    QVERIFY2(err.contains("MiB (netbench run --max-memory)"), err.constData());

    const QString next = dir.write(u"next.js"_s, "console.log([1, 2, 3].map((n) => n * 2));\n");
    const scripttest::Result result = scripttest::run(next);
    QCOMPARE(result.out, u"[ 2, 4, 6 ]\n"_s);
    QCOMPARE(result.exitCode, 0);
}

void tst_OutOfMemory::stackOverflowIsACatchableRangeError()
{
    ScriptDir dir;
    const QString script = dir.write(
            u"recurse.js"_s,
            "function down(n) { return down(n + 1) + 1; }\n"
            "try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n"
            "down(0);\n");
    const scripttest::Result result = scripttest::run(script);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"true Maximum call stack size exceeded.\n"_s);
    QVERIFY2(result.err.contains(u"RangeError: Maximum call stack size exceeded."_s),
             qPrintable(result.err.left(2000)));
    // Node's report shows Error.stackTraceLimit (10) frames, not the thousands on the stack.
    QVERIFY2(result.err.count(u"    at "_s) <= 10, qPrintable(result.err.left(2000)));
}

QTEST_GUILESS_MAIN(tst_OutOfMemory)
#include "tst_outofmemory.moc"
