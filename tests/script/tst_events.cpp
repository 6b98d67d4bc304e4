// EventEmitter: listener order, once, prepend, removal (also during an emit), the 'error'
// rule, newListener/removeListener, maxListeners, and the static helpers. Expectations are
// what node prints for the same scripts.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_Events : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenersRunInOrder();
    void removalAndChangesDuringEmit();
    void errorEventWithoutListenerThrows();
    void subclassesAndHelpers();
    void tooManyListenersWarnsOnce();
};

void tst_Events::listenersRunInOrder()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "order.js",
            "const EventEmitter = require('events');\n"
            "const e = new EventEmitter();\n"
            "e.on('x', (a, b) => console.log('x1', a, b));\n"
            "e.prependListener('x', () => console.log('x0'));\n"
            "e.once('x', function () { console.log('once', this === e, arguments.length); });\n"
            "e.prependOnceListener('x', () => console.log('prepended once'));\n"
            "console.log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nothing'), "
            "e.listenerCount('x'), e.eventNames());\n",
            "prepended once\n"
            "x0\n"
            "x1 1 2\n"
            "once true 2\n"
            "x0\n"
            "x1 3 undefined\n"
            "true true false 2 [ 'x' ]\n");
}

void tst_Events::removalAndChangesDuringEmit()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "removal.js",
            "const EventEmitter = require('events');\n"
            "const e = new EventEmitter();\n"
            "const h = () => console.log('h');\n"
            "e.on('removeListener', (n, l) => console.log('removed', n, l === h));\n"
            "e.on('y', h); e.on('y', () => console.log('other')); e.on('y', h);\n"
            "e.off('y', h);\n"
            "console.log(e.listenerCount('y'), e.listeners('y').length, "
            "e.rawListeners('y').length);\n"
            "e.emit('y');\n"
            "const o = () => console.log('never');\n"
            "e.once('z', o); e.removeListener('z', o); console.log(e.emit('z'));\n"
            "// Changes during an emit apply to the next one.\n"
            "e.on('w', function first() { console.log('first'); e.removeListener('w', second); "
            "e.on('w', () => console.log('added')); });\n"
            "function second() { console.log('second'); }\n"
            "e.on('w', second);\n"
            "e.emit('w'); console.log('--'); e.emit('w');\n"
            "e.removeAllListeners('w'); console.log(e.listenerCount('w'));\n"
            "e.removeAllListeners(); console.log(e.eventNames());\n",
            "removed y true\n"
            "2 2 2\n"
            "h\n"
            "other\n"
            "removed z false\n"
            "false\n"
            "first\n"
            "removed w false\n"
            "second\n"
            "--\n"
            "first\n"
            "added\n"
            "removed w false\n"
            "removed w false\n"
            "removed w false\n"
            "0\n"
            "removed y false\n"
            "removed y true\n"
            "[]\n");
}

void tst_Events::errorEventWithoutListenerThrows()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "errors.js",
            "const EventEmitter = require('events');\n"
            "const e = new EventEmitter();\n"
            "try { e.emit('error', new Error('unhandled ee')); } catch (err) { "
            "console.log('thrown', err.message); }\n"
            "try { e.emit('error', 'str'); } catch (err) { console.log('thrown', err.code, "
            "err.message, err.context); }\n"
            "try { e.emit('error', { a: 1 }); } catch (err) { console.log('thrown', err.message); "
            "}\n"
            "try { e.emit('error'); } catch (err) { console.log('thrown', err.code, err.message); "
            "}\n"
            "e.on(EventEmitter.errorMonitor, (er) => console.log('monitor saw', er.message));\n"
            "e.on('error', (er) => console.log('handled', er.message));\n"
            "e.emit('error', new Error('with listener'));\n"
            "for (const bad of [() => e.on('z', 5), () => e.once('z'), () => "
            "e.setMaxListeners(-1), () => e.setMaxListeners('a'), () => { "
            "EventEmitter.defaultMaxListeners = -2; }]) {\n"
            "  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }\n"
            "}\n",
            "thrown unhandled ee\n"
            "thrown ERR_UNHANDLED_ERROR Unhandled error. ('str') str\n"
            "thrown Unhandled error. ({ a: 1 })\n"
            "thrown ERR_UNHANDLED_ERROR Unhandled error. (undefined)\n"
            "monitor saw with listener\n"
            "handled with listener\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"listener\" argument must be of type function. "
            "Received type number (5)\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"listener\" argument must be of type function. "
            "Received undefined\n"
            "RangeError ERR_OUT_OF_RANGE The value of \"setMaxListeners\" is out of range. It must "
            "be >= 0. Received -1\n"
            "TypeError ERR_INVALID_ARG_TYPE The \"setMaxListeners\" argument must be of type "
            "number. Received type string ('a')\n"
            "RangeError ERR_OUT_OF_RANGE The value of \"defaultMaxListeners\" is out of range. It "
            "must be >= 0. Received -2\n");
}

void tst_Events::subclassesAndHelpers()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "extras.js",
            "const EventEmitter = require('events');\n"
            "const util = require('util');\n"
            "class Sub extends EventEmitter { constructor() { super(); this.x = 1; } }\n"
            "const s = new Sub();\n"
            "s.on('newListener', (n, l) => console.log('newListener', n, typeof l));\n"
            "s.on('ev', () => {});\n"
            "console.log(s instanceof EventEmitter, s.getMaxListeners(), "
            "EventEmitter.defaultMaxListeners, s.setMaxListeners(1) === s);\n"
            "function Legacy() { EventEmitter.call(this); }\n"
            "util.inherits(Legacy, EventEmitter);\n"
            "const l = new Legacy();\n"
            "l.on('a', (v) => console.log('legacy', v));\n"
            "l.emit('a', 5);\n"
            "console.log(EventEmitter.listenerCount(l, 'a'), l.listenerCount('a', () => {}), "
            "typeof EventEmitter.once);\n"
            "EventEmitter.once(l, 'b').then((args) => console.log('once promise', args));\n"
            "l.emit('b', 1, 2);\n"
            "EventEmitter.once(l, 'c').catch((err) => console.log('once rejected', err.message));\n"
            "l.emit('error', new Error('boom'));\n"
            "const sym = Symbol('s');\n"
            "l.on(sym, () => console.log('symbol event'));\n"
            "l.emit(sym);\n"
            "console.log(l.eventNames());\n",
            "newListener ev function\n"
            "true 10 10 true\n"
            "legacy 5\n"
            "1 0 function\n"
            "symbol event\n"
            "[ 'a', Symbol(s) ]\n"
            "once promise [ 1, 2 ]\n"
            "once rejected boom\n");
}

void tst_Events::tooManyListenersWarnsOnce()
{
    ScriptDir dir;
    const QString file
            = dir.write(u"maxlisteners.js"_s,
                        "const EventEmitter = require('events');\n"
                        "const e = new EventEmitter();\n"
                        "process.on('warning', (w) => console.log(w.name, w.count, w.type));\n"
                        "for (let i = 0; i < 12; i++) e.on('many', () => {});\n"
                        "const f = new EventEmitter(); f.setMaxListeners(0);\n"
                        "for (let i = 0; i < 20; i++) f.on('x', () => {});\n"
                        "console.log('added');\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"added\nMaxListenersExceededWarning 11 many\n"_s);
    // Printed once, like Node's "(node:PID) MaxListenersExceededWarning: ..." line.
    QVERIFY2(result.err.contains(u") MaxListenersExceededWarning: Possible EventEmitter memory "
                                 "leak detected. 11 many listeners added to [EventEmitter]. "
                                 "MaxListeners is 10."_s),
             qPrintable(result.err));
    QCOMPARE(result.err.count(u"MaxListenersExceededWarning"_s), 1);
}

QTEST_GUILESS_MAIN(tst_Events)
#include "tst_events.moc"
