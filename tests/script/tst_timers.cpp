// Node's order of callbacks: the nextTick queue, then microtasks (the runtime's own Promise
// jobs), after every callback; timers by expiry with Node's 1 ms clamp; immediates in the
// check phase, before a 0 ms timer set from I/O; ref/unref and what keeps the run alive.
// The expected output of every script is what node prints for it.

#include "scripttest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_Timers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextTickBeforeMicrotasks();
    void immediateBeforeTimeoutInIo();
    void immediatesAndTheirPasses();
    void timersOrderAndClamp();
    void promiseJobOrder();
    void unrefTimersDoNotKeepTheRunAlive();
    void beforeExitCanScheduleMoreWork();
};

void tst_Timers::nextTickBeforeMicrotasks()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "ticks.js",
            "// nextTick queue first, then microtasks; ticks queued by microtasks run after the "
            "microtasks.\n"
            "const log = (m) => console.log(m);\n"
            "Promise.resolve().then(() => { log('micro1'); process.nextTick(() => log('tick from "
            "micro')); }).then(() => log('micro2'));\n"
            "process.nextTick(() => { log('tick1'); Promise.resolve().then(() => log('micro from "
            "tick')); process.nextTick(() => log('tick nested')); });\n"
            "process.nextTick((a, b) => log('tick args ' + a + b), 'x', 'y');\n"
            "queueMicrotask(() => log('queueMicrotask'));\n"
            "setTimeout(() => {\n"
            "  log('timeout');\n"
            "  process.nextTick(() => log('tick in timeout'));\n"
            "  Promise.resolve().then(() => log('micro in timeout'));\n"
            "}, 1);\n"
            "log('main end');\n",
            "main end\n"
            "tick1\n"
            "tick args xy\n"
            "tick nested\n"
            "micro1\n"
            "queueMicrotask\n"
            "micro from tick\n"
            "micro2\n"
            "tick from micro\n"
            "timeout\n"
            "tick in timeout\n"
            "micro in timeout\n");
}

void tst_Timers::immediateBeforeTimeoutInIo()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "io.js",
            "// In an I/O callback, setImmediate always runs before setTimeout(0); ticks and "
            "microtasks\n"
            "// run before either.\n"
            "const net = require('net');\n"
            "const server = net.createServer((c) => {\n"
            "  c.on('data', () => {\n"
            "    setTimeout(() => console.log('timeout in io'), 0);\n"
            "    setImmediate(() => console.log('immediate in io'));\n"
            "    Promise.resolve().then(() => console.log('micro in io'));\n"
            "    process.nextTick(() => console.log('tick in io'));\n"
            "    c.end();\n"
            "    server.close();\n"
            "  });\n"
            "});\n"
            "server.listen(0, '127.0.0.1', () => { const s = net.connect(server.address().port, "
            "'127.0.0.1', () => s.end('x')); });\n",
            "tick in io\n"
            "micro in io\n"
            "immediate in io\n"
            "timeout in io\n");
}

void tst_Timers::immediatesAndTheirPasses()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(dir, "immediates.js",
                             "// Immediates run in order; one set from an immediate waits for the "
                             "next pass; ticks and\n"
                             "// microtasks run between immediates.\n"
                             "setImmediate(() => {\n"
                             "  console.log('imm A');\n"
                             "  setImmediate(() => console.log('imm C (next pass)'));\n"
                             "  process.nextTick(() => console.log('tick after A'));\n"
                             "  Promise.resolve().then(() => console.log('micro after A'));\n"
                             "});\n"
                             "setImmediate((x) => console.log('imm B', x), 'arg');\n"
                             "const cleared = setImmediate(() => console.log('never'));\n"
                             "clearImmediate(cleared);\n"
                             "const i = setImmediate(() => {});\n"
                             "console.log(i.hasRef(), i.unref().hasRef(), i.ref().hasRef());\n",
                             "true false true\n"
                             "imm A\n"
                             "tick after A\n"
                             "micro after A\n"
                             "imm B arg\n"
                             "imm C (next pass)\n");
}

void tst_Timers::timersOrderAndClamp()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "timers.js",
            "// Same delay: creation order. Different delays: expiry order. Delays below 1 ms (and "
            "NaN,\n"
            "// strings) count as 1 ms. clear*, refresh, args, this, and the numeric id all work.\n"
            "const log = (m) => console.log(m);\n"
            "for (const bad of [() => setTimeout('code'), () => setImmediate(), () => "
            "setInterval(null), () => process.nextTick(5)]) {\n"
            "  try { bad(); } catch (e) { log(e.name + ' ' + e.code + ' ' + e.message); }\n"
            "}\n"
            "setTimeout(() => log('200ms'), 200);\n"
            "setTimeout(() => log('100ms'), 100);\n"
            "setTimeout(() => log('1ms a'), 1);\n"
            "setTimeout(() => log('0ms b'), 0);\n"
            "setTimeout(() => log('-5ms c'), -5);\n"
            "setTimeout(() => log('NaN d'), NaN);\n"
            "setTimeout(() => log('str e'), 'abc');\n"
            "const gone = setTimeout(() => log('never'), 5);\n"
            "clearTimeout(gone);\n"
            "const byId = setTimeout(() => log('never by id'), 5);\n"
            "clearTimeout(+byId);\n"
            "setTimeout(function (a, b) { log('args ' + a + ' ' + b + ' ' + (this === "
            "timeoutWithThis)); }, 1, 'A', 'B');\n"
            "const timeoutWithThis = setTimeout(function () { log('this is timer: ' + (this === "
            "timeoutWithThis)); }, 1);\n"
            "let n = 0;\n"
            "const iv = setInterval(() => { log('interval ' + (++n)); if (n === 3) "
            "clearInterval(iv); }, 300);\n"
            "const t = setTimeout(() => {}, 1);\n"
            "log(typeof t.ref + ' ' + t.hasRef() + ' ' + t.unref().hasRef() + ' ' + "
            "t.ref().hasRef() + ' ' + (t.refresh() === t));\n",
            "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. "
            "Received type string ('code')\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. "
            "Received undefined\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. "
            "Received null\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. "
            "Received type number (5)\n"
            "function true false true true\n"
            "1ms a\n"
            "0ms b\n"
            "-5ms c\n"
            "NaN d\n"
            "str e\n"
            "args A B false\n"
            "this is timer: true\n"
            "100ms\n"
            "200ms\n"
            "interval 1\n"
            "interval 2\n"
            "interval 3\n");
}

void tst_Timers::promiseJobOrder()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "promises.js",
            "const log = (m) => console.log(m);\n"
            "const p = Promise.resolve(1);\n"
            "p.then(() => log('a1')).then(() => log('a2')).then(() => log('a3'));\n"
            "Promise.resolve().then(() => log('b1')).then(() => log('b2'));\n"
            "new Promise((r) => r(Promise.resolve(5))).then((v) => log('c ' + v));\n"
            "Promise.resolve({ then(res) { log('thenable'); res(7); } }).then((v) => log('t ' + "
            "v));\n"
            "Promise.all([1, Promise.resolve(2), 3]).then((v) => log('all ' + v));\n"
            "Promise.allSettled([Promise.reject(1), 2]).then((v) => log('settled ' + "
            "JSON.stringify(v)));\n"
            "Promise.race([new Promise(() => {}), Promise.resolve('race')]).then(log);\n"
            "Promise.any([Promise.reject(1), Promise.resolve('any')]).then(log);\n"
            "Promise.reject(new Error('fin')).finally(() => log('finally')).catch((e) => "
            "log('caught ' + e.message));\n"
            "new Promise((_, reject) => { throw new Error('executor'); }).catch((e) => "
            "log('executor ' + e.message));\n"
            "process.nextTick(() => log('tick'));\n"
            "log(String(Promise.resolve()) + ' ' + (Promise.resolve(p) === p) + ' ' + typeof "
            "Promise.prototype.finally);\n",
            "[object Promise] true function\n"
            "tick\n"
            "a1\n"
            "b1\n"
            "thenable\n"
            "finally\n"
            "executor executor\n"
            "a2\n"
            "b2\n"
            "t 7\n"
            "all 1,2,3\n"
            "settled "
            "[{\"status\":\"rejected\",\"reason\":1},{\"status\":\"fulfilled\",\"value\":2}]\n"
            "race\n"
            "any\n"
            "a3\n"
            "c 5\n"
            "caught fin\n");
}

void tst_Timers::unrefTimersDoNotKeepTheRunAlive()
{
    // An unref'd immediate runs only in a pass something else keeps going; one set by a timer
    // would need another pass (libuv runs timers at the end of a pass).
    ScriptDir dir;
    const QString file = dir.write(
            u"unref.js"_s,
            "const t = setTimeout(() => console.log('unref timer fired'), 60000);\n"
            "t.unref();\n"
            "setInterval(() => {}, 1000).unref();\n"
            "setImmediate(() => console.log('unref immediate from main')).unref();\n"
            "setTimeout(() => {\n"
            "  setImmediate(() => console.log('unref immediate from a timer')).unref();\n"
            "}, 50);\n"
            "process.on('exit', (code) => console.log('exit', code, t.hasRef()));\n");
    QElapsedTimer clock;
    clock.start();
    const scripttest::Result result = scripttest::run(file);
    QVERIFY2(clock.elapsed() < 10000, "an unref'd timer kept the run alive");
    QCOMPARE(result.out, u"unref immediate from main\nexit 0 false\n"_s);
    const scripttest::Result node = scripttest::runNode(file);
    if (node.exitCode >= 0)
        QCOMPARE(node.out, result.out);

    // Nothing ref'd at all: the run ends after the main script, the immediate never runs.
    const QString alone = dir.write(u"alone.js"_s,
                                    "setImmediate(() => console.log('never')).unref();\n"
                                    "process.on('exit', () => console.log('exit'));\n");
    QCOMPARE(scripttest::run(alone).out, u"exit\n"_s);
}

void tst_Timers::beforeExitCanScheduleMoreWork()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "beforeexit.js",
            "let rounds = 0;\n"
            "process.on('beforeExit', (code) => {\n"
            "  console.log('beforeExit', code, rounds);\n"
            "  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 5);\n"
            "});\n"
            "process.on('exit', (code) => console.log('exit', code));\n"
            "process.exitCode = 0;\n",
            "beforeExit 0 0\nmore work 1\nbeforeExit 0 1\nmore work 2\n"
            "beforeExit 0 2\nexit 0\n");
}

QTEST_GUILESS_MAIN(tst_Timers)
#include "tst_timers.moc"
