// The end of a run: exit codes (process.exitCode, process.exit()), 'exit' listeners, uncaught
// exceptions (message, stack with file:line, exit 1), 'uncaughtException' handlers, unhandled
// rejections, syntax errors (file:line:column), a missing script, a thrown non-Error value.

#include "scripttest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_Lifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void exitStopsJavaScriptAtOnce();
    void uncaughtExceptionPrintsMessageAndLocation();
    void uncaughtExceptionInCallback();
    void uncaughtExceptionHandlerKeepsRunning();
    void throwingHandlerExitsSeven();
    void unhandledRejectionIsFatal();
    void syntaxErrorReportsLineAndColumn();
    void syntaxErrorInRequiredModule();
    void missingScriptFile();
    void thrownNonErrorValues_data();
    void thrownNonErrorValues();
    void argvAndEnvironment();
    void reportSurvivesReplacedBuiltins_data();
    void reportSurvivesReplacedBuiltins();
};

void tst_Lifecycle::exitCodes_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");

    QTest::newRow("nothing") << QByteArray("") << 0 << QString();
    QTest::newRow("exitCode") << QByteArray(
            "process.exitCode = 3;\nprocess.on('exit', (c) => console.log('exit', c));\n")
                              << 3 << u"exit 3\n"_s;
    QTest::newRow("exitCode string") << QByteArray("process.exitCode = '4';\n") << 4 << QString();
    QTest::newRow("exit()") << QByteArray(
            "process.on('exit', (c) => console.log('exit', c, process.exitCode));\n"
            "setTimeout(() => { process.exit(5); }, 1);\n"
            "setTimeout(() => console.log('not reached'), 50);\n")
                            << 5 << u"exit 5 5\n"_s;
    QTest::newRow("exit() uses exitCode")
            << QByteArray("process.exitCode = 6;\nprocess.exit();\n") << 6 << QString();
    QTest::newRow("exit listener changes the code")
            << QByteArray("process.on('exit', () => { process.exitCode = 9; });\n") << 9
            << QString();
    QTest::newRow("exit() inside an exit listener")
            << QByteArray("process.on('exit', () => { console.log('first'); process.exit(2); });\n"
                          "process.on('exit', () => console.log('never'));\n")
            << 2 << u"first\n"_s;
    QTest::newRow("bad exitCode") << QByteArray(
            "try { process.exitCode = 'x'; } catch (e) { console.log(e.code); }\n")
                                  << 0 << u"ERR_INVALID_ARG_TYPE\n"_s;
}

void tst_Lifecycle::exitCodes()
{
    QFETCH(QByteArray, source);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    ScriptDir dir;
    const QString file = dir.write(u"exit.js"_s, source);
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, out);
    QCOMPARE(result.exitCode, exitCode);
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0) {
        QCOMPARE(node.exitCode, exitCode);
        QCOMPARE(node.out, out);
    }
}

void tst_Lifecycle::exitStopsJavaScriptAtOnce()
{
    ScriptDir dir;
    const QString file = dir.write(
            u"exit.js"_s,
            "function deep() { try { process.exit(7); } finally { console.log('finally'); } }\n"
            "try { deep(); } catch (e) { console.log('caught', e); }\n"
            "console.log('after');\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 7);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void tst_Lifecycle::uncaughtExceptionPrintsMessageAndLocation()
{
    ScriptDir dir;
    const QString file = dir.write(u"boom.js"_s,
                                   "process.on('exit', (c) => console.log('exit', c));\n"
                                   "function inner() {\n"
                                   "  throw new TypeError('boom happened');\n"
                                   "}\n"
                                   "inner();\n"
                                   "console.log('not reached');\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"exit 1\n"_s);
    // file:line of the throw, the source line, the error and its stack with file:line.
    QVERIFY2(result.err.startsWith(file + u":3\n  throw new TypeError('boom happened');\n"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"TypeError: boom happened\n    at inner ("_s + file + u":3)"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(file + u":5"_s), qPrintable(result.err));
}

void tst_Lifecycle::uncaughtExceptionInCallback()
{
    ScriptDir dir;
    const QString file = dir.write(u"later.js"_s,
                                   "const e = new Error('later');\n"
                                   "e.code = 'E_LATER';\n"
                                   "setTimeout(() => { throw e; }, 1);\n"
                                   "setTimeout(() => console.log('not reached'), 20);\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(u"Error: later\n    at "_s), qPrintable(result.err));
    // Extra properties come after the stack, as util.inspect() shows them.
    QVERIFY2(result.err.contains(u" {\n  code: 'E_LATER'\n}"_s), qPrintable(result.err));
}

void tst_Lifecycle::uncaughtExceptionHandlerKeepsRunning()
{
    ScriptDir dir;
    // After a handled exception the queues wait for the next pass (Node schedules a no-op
    // immediate for that): the rejection is reported there, the timers come later.
    SCRIPT_COMPARE_WITH_NODE(
            dir, "handled.js",
            "process.on('uncaughtException', (e, origin) => console.log('caught', e.message, "
            "origin));\n"
            "setTimeout(() => { throw new Error('one'); }, 300);\n"
            "setTimeout(() => console.log('still running'), 600);\n"
            "Promise.reject(new Error('rejected'));\n"
            "process.nextTick(() => { throw new Error('in tick'); });\n",
            "caught in tick uncaughtException\ncaught rejected unhandledRejection\n"
            "caught one uncaughtException\nstill running\n");
}

void tst_Lifecycle::throwingHandlerExitsSeven()
{
    ScriptDir dir;
    const QString file
            = dir.write(u"seven.js"_s,
                        "process.on('uncaughtException', () => { throw new Error('handler'); });\n"
                        "throw new Error('first');\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(result.err.contains(u"Error: handler"_s), qPrintable(result.err));
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0)
        QCOMPARE(node.exitCode, 7);
}

void tst_Lifecycle::unhandledRejectionIsFatal()
{
    ScriptDir dir;
    const QString file = dir.write(u"reject.js"_s,
                                   "process.on('exit', (c) => console.log('exit', c));\n"
                                   "Promise.reject(42);\n"
                                   "setTimeout(() => console.log('not reached'), 20);\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"exit 1\n"_s);
    QVERIFY2(result.err.contains(u"UnhandledPromiseRejection: This error originated either by "
                                 "throwing inside of an async function without a catch block, or "
                                 "by rejecting a promise which was not handled with .catch(). The "
                                 "promise rejected with the reason \"42\"."_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"code: 'ERR_UNHANDLED_REJECTION'"_s));
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0) {
        QCOMPARE(node.exitCode, 1);
        QCOMPARE(node.out, result.out);
    }
}

void tst_Lifecycle::syntaxErrorReportsLineAndColumn()
{
    ScriptDir dir;
    const QString file = dir.write(u"syntax.js"_s,
                                   "console.log('never printed');\n"
                                   "function f() {\n"
                                   "  var y = ;\n"
                                   "}\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(file + u":3:11\n  var y = ;\n          ^\n\nSyntaxError: "_s),
             qPrintable(result.err));

    // On the first line the column is the script's own, not the module wrapper's.
    const QString first = dir.write(u"first.js"_s, "let x = = 1;\n");
    const scripttest::Result firstResult = scripttest::run(first);
    QCOMPARE(firstResult.exitCode, 1);
    QVERIFY2(firstResult.err.startsWith(first + u":1:9\nlet x = = 1;\n        ^\n"_s),
             qPrintable(firstResult.err));
}

void tst_Lifecycle::syntaxErrorInRequiredModule()
{
    ScriptDir dir;
    const QString lib = dir.write(u"lib.js"_s, "module.exports = {\n  a: 1,,\n};\n");
    const QString main
            = dir.write(u"main.js"_s,
                        "try { require('./lib'); } catch (e) { console.log('caught', e.name); }\n"
                        "require('./lib');\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"caught SyntaxError\n"_s);
    QVERIFY2(result.err.startsWith(lib + u":2:"_s), qPrintable(result.err));
}

void tst_Lifecycle::missingScriptFile()
{
    ScriptDir dir;
    const QString missing = dir.path(u"does-not-exist.js"_s);
    const scripttest::Result result = scripttest::run(missing);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(u"Error: Cannot find module '"_s + missing + u"'"_s),
             qPrintable(result.err));
    QVERIFY(result.err.contains(u"code: 'MODULE_NOT_FOUND'"_s));
}

void tst_Lifecycle::thrownNonErrorValues_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("report");
    QTest::newRow("string") << QByteArray("throw 'x';\n") << u"Uncaught 'x'\n"_s;
    QTest::newRow("number") << QByteArray("throw 42;\n") << u"Uncaught 42\n"_s;
    QTest::newRow("object") << QByteArray("throw { a: 1 };\n") << u"Uncaught { a: 1 }\n"_s;
    QTest::newRow("null") << QByteArray("setTimeout(() => { throw null; }, 1);\n")
                          << u"Uncaught null\n"_s;
}

void tst_Lifecycle::thrownNonErrorValues()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, report);
    ScriptDir dir;
    const QString file = dir.write(u"throw.js"_s, source);
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(report), qPrintable(result.err));
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0)
        QCOMPARE(node.exitCode, 1);
}

void tst_Lifecycle::argvAndEnvironment()
{
    ScriptDir dir;
    const QString file
            = dir.write(u"argv.js"_s,
                        "console.log(process.argv.length, process.argv[1] === __filename, "
                        "process.argv.slice(2).join('|'));\n"
                        "console.log(typeof process.env.PATH, process.platform, process.pid > 0, "
                        "typeof process.version);\n"
                        "'use strict';\n"
                        "const before = process.env.PATH;\n"
                        "try { process.env.PATH = 'changed'; } catch (e) {}\n"
                        "console.log(process.env.PATH === before, Object.isFrozen(process.env));\n"
                        "const t = process.hrtime(); const d = process.hrtime(t);\n"
                        "console.log(t.length, d[0] >= 0, typeof process.memoryUsage().rss, typeof "
                        "process.uptime());\n"
                        "try { process.hrtime.bigint(); } catch (e) { console.log(e.code); }\n");
    const scripttest::Result result = scripttest::run(file, {u"one"_s, u"two words"_s});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             u"4 true one|two words\nstring linux true string\ntrue true\n"
             "2 true number number\nERR_NOT_SUPPORTED\n"_s);
}

void tst_Lifecycle::reportSurvivesReplacedBuiltins_data()
{
    QTest::addColumn<QByteArray>("replace");
    QTest::newRow("String.prototype.split") << QByteArray("String.prototype.split");
    QTest::newRow("Array.prototype.join") << QByteArray("Array.prototype.join");
    QTest::newRow("Array.prototype[Symbol.iterator]")
            << QByteArray("Array.prototype[Symbol.iterator]");
    QTest::newRow("Function.prototype.call") << QByteArray("Function.prototype.call");
}

// A script that replaced a built-in the report uses still learns what it threw and where
// (the engine's own stack). Before, only the replaced built-in's error was printed:
// "Uncaught exception (and it could not be reported: Error: replaced)".
void tst_Lifecycle::reportSurvivesReplacedBuiltins()
{
    QFETCH(QByteArray, replace);
    ScriptDir dir;
    const QString file
            = dir.write(u"replaced.js"_s,
                        replace
                                + " = function () { throw new Error('replaced'); };\n"
                                  "function work() { throw new Error('the real problem'); }\n"
                                  "setTimeout(work, 1);\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Error: the real problem\n"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(file + u":2"_s), qPrintable(result.err));
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0) {
        QCOMPARE(node.exitCode, 1);
        QVERIFY2(node.err.contains(u"Error: the real problem\n"_s), qPrintable(node.err));
    }
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
