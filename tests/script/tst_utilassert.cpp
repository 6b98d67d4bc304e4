// assert (messages, codes, operators, throws/doesNotThrow matchers, deep equality) and util
// (format placeholders, inspect of plain values, helpers). Expectations are what node prints.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_UtilAssert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assertMessages();
    void deepEquality();
    void formatPlaceholders();
    void inspectPlainValues();
    void failedAssertionIsUncaught();
};

void tst_UtilAssert::assertMessages()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "assert.js",
            "const assert = require('assert');\n"
            "const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message), e.code, e.name, e.operator, e.generatedMessage, String(e).slice(0, 40)); } };\n"
            "t(() => assert.strictEqual(1, 2));\n"
            "t(() => assert.strictEqual('a', 'b'));\n"
            "t(() => assert.strictEqual({a:1}, {a:1}));\n"
            "t(() => assert.equal(1, 2));\n"
            "t(() => assert.notStrictEqual(1, 1));\n"
            "t(() => assert.notEqual(1, '1'));\n"
            "t(() => assert.deepEqual({a: 1}, {a: 2}));\n"
            "t(() => assert.deepStrictEqual({a: 1, b: [1,2]}, {a: 2, b: [1,2]}));\n"
            "t(() => assert.deepStrictEqual([1,2,3], [1,2,4]));\n"
            "t(() => assert.deepStrictEqual(1, '1'));\n"
            "t(() => {\n"
            "  assert.ok(false);\n"
            "});\n"
            "t(() => assert(0 > 1, 'custom msg'));\n"
            "t(() => assert.ok());\n"
            "t(() => assert.fail());\n"
            "t(() => assert.fail('boom'));\n"
            "t(() => assert.throws(() => {}));\n"
            "t(() => assert.throws(() => {}, TypeError));\n"
            "t(() => assert.throws(() => {}, 'msg here'));\n"
            "t(() => assert.throws(() => { throw new Error('foo'); }, /bar/));\n"
            "t(() => assert.throws(() => { throw new Error('foo'); }, { message: 'bar' }));\n"
            "t(() => assert.throws(() => { throw new Error('foo'); }, (e) => false));\n"
            "t(() => assert.throws(() => { throw new Error('foo'); }, TypeError));\n"
            "t(() => assert.doesNotThrow(() => { throw new Error('foo'); }));\n"
            "t(() => assert.doesNotThrow(() => { throw new Error('foo'); }, 'ctx'));\n"
            "t(() => assert.match('abc', /x/));\n"
            "t(() => assert.match(1, /x/));\n"
            "t(() => assert.doesNotMatch('abc', /b/));\n"
            "t(() => assert.ifError(new Error('e1')));\n"
            "t(() => assert.ifError('str'));\n"
            "t(() => assert.strictEqual(1, 2, new TypeError('own')));\n"
            "t(() => assert.notDeepStrictEqual({a:1}, {a:1}));\n"
            "t(() => assert.deepStrictEqual(NaN, NaN));\n"
            "t(() => assert.deepEqual({a:1}, {a:'1'}));\n"
            "t(() => assert.deepStrictEqual(new Map([[1,2]]), new Map([[1,3]])));\n"
            "t(() => assert.strictEqual('a'.repeat(10) + '\\nxx', 'a'.repeat(10)+'\\nyy'));\n",
            "\"Expected values to be strictly equal:\\n\\n1 !== 2\\n\" ERR_ASSERTION AssertionError strictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Expected values to be strictly equal:\\n\\n'a' !== 'b'\\n\" ERR_ASSERTION AssertionError strictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Values have same structure but are not reference-equal:\\n\\n{\\n  a: 1\\n}\\n\" ERR_ASSERTION AssertionError strictEqual true AssertionError [ERR_ASSERTION]: Values h\n"
            "\"1 == 2\" ERR_ASSERTION AssertionError == true AssertionError [ERR_ASSERTION]: 1 == 2\n"
            "\"Expected \\\"actual\\\" to be strictly unequal to: 1\" ERR_ASSERTION AssertionError notStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"1 != '1'\" ERR_ASSERTION AssertionError != true AssertionError [ERR_ASSERTION]: 1 != '1'\n"
            "\"Expected values to be loosely deep-equal:\\n\\n{\\n  a: 1\\n}\\n\\nshould loosely deep-equal\\n\\n{\\n  a: 2\\n}\" ERR_ASSERTION AssertionError deepEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  {\\n+   a: 1,\\n-   a: 2,\\n    b: [\\n...\\n      2\\n    ]\\n  }\" ERR_ASSERTION AssertionError deepStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n    2,\\n+   3\\n-   4\\n  ]\" ERR_ASSERTION AssertionError deepStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Expected values to be strictly deep-equal:\\n\\n1 !== '1'\\n\" ERR_ASSERTION AssertionError deepStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"The expression evaluated to a falsy value:\\n\\n  assert.ok(false)\\n\" ERR_ASSERTION AssertionError == true AssertionError [ERR_ASSERTION]: The expr\n"
            "\"custom msg\" ERR_ASSERTION AssertionError == false AssertionError [ERR_ASSERTION]: custom m\n"
            "\"No value argument passed to `assert.ok()`\" ERR_ASSERTION AssertionError == true AssertionError [ERR_ASSERTION]: No value\n"
            "\"Failed\" ERR_ASSERTION AssertionError fail true AssertionError [ERR_ASSERTION]: Failed\n"
            "\"boom\" ERR_ASSERTION AssertionError fail false AssertionError [ERR_ASSERTION]: boom\n"
            "\"Missing expected exception.\" ERR_ASSERTION AssertionError throws false AssertionError [ERR_ASSERTION]: Missing \n"
            "\"Missing expected exception (TypeError).\" ERR_ASSERTION AssertionError throws false AssertionError [ERR_ASSERTION]: Missing \n"
            "\"Missing expected exception: msg here\" ERR_ASSERTION AssertionError throws false AssertionError [ERR_ASSERTION]: Missing \n"
            "\"The input did not match the regular expression /bar/. Input:\\n\\n'Error: foo'\\n\" ERR_ASSERTION AssertionError throws true AssertionError [ERR_ASSERTION]: The inpu\n"
            "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   message: 'foo'\\n-   message: 'bar'\\n  }\" ERR_ASSERTION AssertionError throws true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"The validation function is expected to return \\\"true\\\". Received false\\n\\nCaught error:\\n\\nError: foo\" ERR_ASSERTION AssertionError throws true AssertionError [ERR_ASSERTION]: The vali\n"
            "\"The error is expected to be an instance of \\\"TypeError\\\". Received \\\"Error\\\"\\n\\nError message:\\n\\nfoo\" ERR_ASSERTION AssertionError throws true AssertionError [ERR_ASSERTION]: The erro\n"
            "\"Got unwanted exception.\\nActual message: \\\"foo\\\"\" ERR_ASSERTION AssertionError doesNotThrow false AssertionError [ERR_ASSERTION]: Got unwa\n"
            "\"Got unwanted exception: ctx\\nActual message: \\\"foo\\\"\" ERR_ASSERTION AssertionError doesNotThrow false AssertionError [ERR_ASSERTION]: Got unwa\n"
            "\"The input did not match the regular expression /x/. Input:\\n\\n'abc'\\n\" ERR_ASSERTION AssertionError match true AssertionError [ERR_ASSERTION]: The inpu\n"
            "\"The \\\"string\\\" argument must be of type string. Received type number (1)\" ERR_ASSERTION AssertionError match true AssertionError [ERR_ASSERTION]: The \"str\n"
            "\"The input was expected to not match the regular expression /b/. Input:\\n\\n'abc'\\n\" ERR_ASSERTION AssertionError doesNotMatch true AssertionError [ERR_ASSERTION]: The inpu\n"
            "\"ifError got unwanted exception: e1\" ERR_ASSERTION AssertionError ifError false AssertionError [ERR_ASSERTION]: ifError \n"
            "\"ifError got unwanted exception: 'str'\" ERR_ASSERTION AssertionError ifError false AssertionError [ERR_ASSERTION]: ifError \n"
            "\"own\" undefined TypeError undefined undefined TypeError: own\n"
            "\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n{\\n  a: 1\\n}\\n\" ERR_ASSERTION AssertionError notDeepStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "no throw\n"
            "no throw\n"
            "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Map(1) {\\n+   1 => 2\\n-   1 => 3\\n  }\" ERR_ASSERTION AssertionError deepStrictEqual true AssertionError [ERR_ASSERTION]: Expected\n"
            "\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'aaaaaaaaaa\\\\nxx'\\n- 'aaaaaaaaaa\\\\nyy'\\n               ^\" ERR_ASSERTION AssertionError strictEqual true AssertionError [ERR_ASSERTION]: Expected\n");
}

void tst_UtilAssert::deepEquality()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "deep.js",
            "const assert = require('assert');\n"
            "const pairs = [\n"
            "  [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [[1, 2], [1, 2]], [[1, , 3], [1, undefined, 3]],\n"
            "  [new Date(0), new Date(0)], [/a/g, /a/g], [/a/g, /a/i], [new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])],\n"
            "  [new Map([[1, 'a']]), new Map([[1, 'a']])], [NaN, NaN], [0, -0], [Buffer.from('ab'), Buffer.from('ab')],\n"
            "  [new Error('x'), new Error('x')], [Object.create(null), {}], [[1], { 0: 1, length: 1 }],\n"
            "  [{ a: undefined }, {}], [new Number(1), new Number(1)], [new Number(1), new Number(2)],\n"
            "];\n"
            "for (const [a, b] of pairs) {\n"
            "  const strict = (() => { try { assert.deepStrictEqual(a, b); return 'eq'; } catch (e) { return 'ne'; } })();\n"
            "  const loose = (() => { try { assert.deepEqual(a, b); return 'eq'; } catch (e) { return 'ne'; } })();\n"
            "  const show = (v) => v instanceof Error ? 'Error(' + v.message + ')' : require('util').inspect(v);\n"
            "  console.log(show(a), show(b), strict, loose);\n"
            "}\n"
            "const cyclicA = { name: 'a' }; cyclicA.self = cyclicA;\n"
            "const cyclicB = { name: 'a' }; cyclicB.self = cyclicB;\n"
            "assert.deepStrictEqual(cyclicA, cyclicB);\n"
            "assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));\n"
            "assert.rejects(Promise.resolve(1)).catch((e) => console.log(e.message));\n"
            "assert.doesNotReject(Promise.resolve(2)).then(() => console.log('doesNotReject ok'));\n"
            "console.log(assert.strict.equal === assert.strictEqual, typeof assert.AssertionError, new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }).message);\n",
            "{ a: 1 } { a: 1 } eq eq\n"
            "{ a: 1 } { a: '1' } ne eq\n"
            "[ 1, 2 ] [ 1, 2 ] eq eq\n"
            "[ 1, <1 empty item>, 3 ] [ 1, undefined, 3 ] ne ne\n"
            "1970-01-01T00:00:00.000Z 1970-01-01T00:00:00.000Z eq eq\n"
            "/a/g /a/g eq eq\n"
            "/a/g /a/i ne ne\n"
            "Set(2) { 1, { x: 1 } } Set(2) { { x: 1 }, 1 } eq eq\n"
            "Map(1) { 1 => 'a' } Map(1) { 1 => 'a' } eq eq\n"
            "NaN NaN eq eq\n"
            "0 -0 ne eq\n"
            "<Buffer 61 62> <Buffer 61 62> eq eq\n"
            "Error(x) Error(x) eq eq\n"
            "[Object: null prototype] {} {} ne eq\n"
            "[ 1 ] { '0': 1, length: 1 } ne ne\n"
            "{ a: undefined } {} ne ne\n"
            "[Number: 1] [Number: 1] eq eq\n"
            "[Number: 1] [Number: 2] ne ne\n"
            "true function Expected values to be strictly equal:\n"
            "\n"
            "1 !== 2\n"
            "\n"
            "rejects ok\n"
            "Missing expected rejection.\n"
            "doesNotReject ok\n");
}

void tst_UtilAssert::formatPlaceholders()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "format.js",
            "const util = require('util');\n"
            "console.log(util.format('%s %d %i %f %j %o %O %% %c', 'str', 42.5, 42.5, '3.25', {a: [1]}, {b: 2}, {c: 3}, 'css'));\n"
            "console.log(util.format('%s', null, undefined), util.format('no args %s'), util.format('%d', '0x10'), util.format('%i', 'abc'), util.format(1, 2, '3'));\n"
            "console.log(util.format('%s', {a: {b: {c: 1}}}), util.format('%s', [1, [2]]), util.format('%s', new Error('e1')).split('\\n')[0], util.format('%s', { toString() { return 'custom'; } }));\n"
            "console.log(util.format('%j', (() => { const o = {}; o.o = o; return o; })()), util.format('%s:%s', 'only one'), util.format('%', 1), util.format('a%%b %s', 'c'));\n"
            "console.log('console.log too: %s=%d', 'x', 5, 'extra', {k: 1});\n",
            "str 42.5 42 3.25 {\"a\":[1]} { b: 2 } { c: 3 } % \n"
            "null undefined no args %s 16 NaN 1 2 3\n"
            "{ a: [Object] } [ 1, [Array] ] Error: e1 custom\n"
            "[Circular] only one:%s % 1 a%b c\n"
            "console.log too: x=5 extra { k: 1 }\n");
}

void tst_UtilAssert::inspectPlainValues()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "inspect.js",
            "const util = require('util');\n"
            "console.log(util.inspect('str'), util.inspect([1, 'two', [3, [4, [5, [6]]]]]), util.inspect({a: 1, 'b c': 2, d: undefined, e: null, f: () => {}, g: function named() {}}));\n"
            "console.log(util.inspect(new Map([[{k: 1}, new Set([1])]])), util.inspect(new Error('x')).split('\\n')[0]);\n"
            "console.log(util.inspect({s: 'it\\'s \"q\"', n: -0, big: 1e21, neg: -5, arr: new Array(3)}));\n"
            "console.log(util.inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]));\n"
            "console.log(util.inspect(Array.from({length: 120}, (_, i) => i)).split('\\n').slice(-3).join('|'));\n"
            "console.log(util.inspect(['aaa', 'bbbb', 'c', 'dddddd', 'e', 'f', 'g', 'h']), util.inspect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z']));\n"
            "console.log(util.inspect({ a: [ { b: 1, c: 'long string value here' }, { d: 'another long string value' } ], e: 'x'.repeat(30) }));\n"
            "console.log(util.inspect('a'.repeat(100)).length, util.inspect(new Date(86400000)), util.inspect(/x/gi), util.inspect(Symbol('q')), util.inspect('multi\\nline'));\n"
            "class Foo { constructor() { this.x = 1; } }\n"
            "console.log(util.inspect(new Foo()), util.inspect(Object.create(null)), util.inspect(new (class Bar {})()), util.inspect([undefined, , null]));\n"
            "const circ = {name: 'c'}; circ.me = circ; circ.list = [circ];\n"
            "console.log(util.inspect(circ));\n"
            "console.log(util.inspect({f: Buffer.from('abc'), u: new Uint8Array(3), ab: new ArrayBuffer(2)}));\n"
            "console.log(util.inspect(new Number(5)), util.inspect(new String('s')), util.inspect(new Boolean(false)));\n"
            "console.log(util.inspect({ [Symbol('s')]: 1, 'key-with-dash': 2, valid_id: 3, '123': 4 }));\n"
            "console.log(util.inspect(Promise.resolve(5)), util.inspect(new Promise(() => {})));\n"
            "console.log(util.inspect({depth1: {depth2: {depth3: {depth4: 1}}}}, {depth: 0}), util.inspect({a: {b: {c: {d: {}}}}}, {depth: Infinity}));\n"
            "console.log(util.inspect({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }), util.inspect({ [util.inspect.custom]() { return 'CUSTOM'; } }));\n"
            "console.log(util.inspect({ longer_key_name_here: 'some value here', another_key: 'another value here', third: 3 }));\n"
            "const e = new Error('with props'); e.code = 'E_CODE'; e.extra = { n: 1 };\n"
            "console.log(util.inspect(e).split('\\n').filter((l) => !l.startsWith('    at ')).join('|'));\n"
            "console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']), util.types.isPromise(Promise.resolve()), util.types.isDate(new Date()));\n"
            "function Old() {} util.inherits(Old, require('events')); console.log(Old.super_ === require('events'), typeof new Old().on);\n"
            "const p = util.promisify((x, cb) => setTimeout(() => cb(null, x * 2), 1));\n"
            "p(21).then((v) => console.log('promisified', v));\n"
            "util.callbackify(() => Promise.resolve('cb value'))((err, v) => console.log('callbackified', err, v));\n",
            "'str' [ 1, 'two', [ 3, [ 4, [Array] ] ] ] {\n"
            "  a: 1,\n"
            "  'b c': 2,\n"
            "  d: undefined,\n"
            "  e: null,\n"
            "  f: [Function: f],\n"
            "  g: [Function: named]\n"
            "}\n"
            "Map(1) { { k: 1 } => Set(1) { 1 } } Error: x\n"
            "{ s: `it's \"q\"`, n: -0, big: 1e+21, neg: -5, arr: [ <3 empty items> ] }\n"
            "[\n"
            "   1,  2,  3,  4,  5,  6,  7,  8,\n"
            "   9, 10, 11, 12, 13, 14, 15, 16,\n"
            "  17, 18, 19, 20, 21, 22, 23, 24,\n"
            "  25, 26, 27\n"
            "]\n"
            "  96, 97, 98, 99,|  ... 20 more items|]\n"
            "[ 'aaa', 'bbbb', 'c', 'dddddd', 'e', 'f', 'g', 'h' ] [\n"
            "  'a', 'b', 'c', 'd', 'e', 'f',\n"
            "  'g', 'h', 'i', 'j', 'k', 'l',\n"
            "  'm', 'n', 'o', 'p', 'q', 'r',\n"
            "  's', 't', 'u', 'v', 'w', 'x',\n"
            "  'y', 'z'\n"
            "]\n"
            "{\n"
            "  a: [\n"
            "    { b: 1, c: 'long string value here' },\n"
            "    { d: 'another long string value' }\n"
            "  ],\n"
            "  e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n"
            "}\n"
            "102 1970-01-02T00:00:00.000Z /x/gi Symbol(q) 'multi\\nline'\n"
            "Foo { x: 1 } [Object: null prototype] {} Bar {} [ undefined, <1 empty item>, null ]\n"
            "<ref *1> { name: 'c', me: [Circular *1], list: [ [Circular *1] ] }\n"
            "{\n"
            "  f: <Buffer 61 62 63>,\n"
            "  u: Uint8Array(3) [ 0, 0, 0 ],\n"
            "  ab: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n"
            "}\n"
            "[Number: 5] [String: 's'] [Boolean: false]\n"
            "{ '123': 4, 'key-with-dash': 2, valid_id: 3, [Symbol(s)]: 1 }\n"
            "Promise { 5 } Promise { <pending> }\n"
            "{ depth1: [Object] } {\n"
            "  a: { b: { c: { d: {} } } }\n"
            "}\n"
            "{ a: [Getter], b: [Setter], c: [Getter/Setter] } CUSTOM\n"
            "{\n"
            "  longer_key_name_here: 'some value here',\n"
            "  another_key: 'another value here',\n"
            "  third: 3\n"
            "}\n"
            "Error: with props|  code: 'E_CODE',|  extra: { n: 1 }|}\n"
            "true false true true\n"
            "true function\n"
            "callbackified null cb value\n"
            "promisified 42\n");
}

void tst_UtilAssert::failedAssertionIsUncaught()
{
    ScriptDir dir;
    const QString file = dir.write(u"fail.js"_s,
                                   "const assert = require('assert');\n"
                                   "assert.strictEqual(1 + 1, 3);\n");
    const scripttest::Result result = scripttest::run(file);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"AssertionError [ERR_ASSERTION]: Expected values to be strictly "
                                 "equal:\n\n2 !== 3\n"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"code: 'ERR_ASSERTION'"_s), qPrintable(result.err));
    QVERIFY2(result.err.startsWith(file + u":2\n"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_UtilAssert)
#include "tst_utilassert.moc"
