// Buffer: Node's encodings in both directions (netcore's encodeText/decodeBytes underneath),
// construction, slicing, comparing, searching and the number reads and writes. Every
// expectation is what node prints for the same script.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_Buffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodingsBothWays();
    void constructionAndAccess();
    void numbersReadAndWrite();
    void errorsHaveNodesCodes();
    void chunksCrossAsOneBuffer();
    void largeBuffersWriteTheirCurrentBytes();
    void largeBufferFills();
};

void tst_Buffer::encodingsBothWays()
{
    ScriptDir dir;
    // Each row: encoding, the text as UTF-16LE hex (so the row is plain ASCII), the bytes.
    SCRIPT_COMPARE_WITH_NODE(
            dir, "encodings.js",
            "const rows = [\n"
            "  ['utf8', 'h\\u00e9llo \\u20ac\\ud83d\\ude00'], ['utf-8', 'A'], ['utf8', "
            "'\\ud800x'], ['utf8', ''],\n"
            "  ['latin1', '\\u00ff\\u0100A'], ['binary', '\\u00e9'], ['ascii', "
            "'\\u00e9\\u0141z'],\n"
            "  ['hex', 'deadBEEF'], ['hex', '0aF'], ['hex', 'zz11'], ['hex', '12zz34'],\n"
            "  ['base64', 'aGk='], ['base64', ' aGk= \\n'], ['base64', 'aGk'], ['base64', '_-8'], "
            "['base64url', 'aGk'],\n"
            "  ['utf16le', 'hi\\u20ac'], ['ucs2', '\\ud83d\\ude00'], ['UTF16LE', 'a'],\n"
            "];\n"
            "for (const [enc, text] of rows) console.log(enc, Buffer.from(text, "
            "'utf16le').toString('hex'), Buffer.from(text, enc).toString('hex'));\n"
            "const back = [\n"
            "  ['utf8', 'e282'], ['utf8', 'c3a9e282ac'], ['utf8', 'ff41'], ['utf8', 'f09f9880'], "
            "['utf8', 'eda080'],\n"
            "  ['latin1', 'ff00e9'], ['ascii', 'e941ff'], ['hex', 'deadbeef'], ['base64', 'ffef'], "
            "['base64', '6869'],\n"
            "  ['base64url', 'ffef'], ['utf16le', '6800ac20'], ['utf16le', '680069'], ['ucs2', "
            "'3dd800de'],\n"
            "];\n"
            "for (const [enc, hex] of back) console.log(enc, hex, JSON.stringify(Buffer.from(hex, "
            "'hex').toString(enc)));\n"
            "const b = Buffer.from('0123456789');\n"
            "console.log(b.toString('utf8', 2, 5), b.toString('hex', -1, 100), "
            "JSON.stringify(b.toString('utf8', 5, 2)), b.toString(undefined, 8));\n",
            "utf8 6800e9006c006c006f002000ac203dd800de 68c3a96c6c6f20e282acf09f9880\n"
            "utf-8 4100 41\n"
            "utf8 00d87800 efbfbd78\n"
            "utf8  \n"
            "latin1 ff0000014100 ff0041\n"
            "binary e900 e9\n"
            "ascii e90041017a00 e9417a\n"
            "hex 64006500610064004200450045004600 deadbeef\n"
            "hex 300061004600 0a\n"
            "hex 7a007a0031003100 \n"
            "hex 310032007a007a0033003400 12\n"
            "base64 610047006b003d00 6869\n"
            "base64 2000610047006b003d0020000a00 6869\n"
            "base64 610047006b00 6869\n"
            "base64 5f002d003800 ffef\n"
            "base64url 610047006b00 6869\n"
            "utf16le 68006900ac20 68006900ac20\n"
            "ucs2 3dd800de 3dd800de\n"
            "UTF16LE 6100 6100\n"
            "utf8 e282 \"�\"\n"
            "utf8 c3a9e282ac \"é€\"\n"
            "utf8 ff41 \"�A\"\n"
            "utf8 f09f9880 \"😀\"\n"
            "utf8 eda080 \"���\"\n"
            "latin1 ff00e9 \"ÿ\\u0000é\"\n"
            "ascii e941ff \"iA\"\n"
            "hex deadbeef \"deadbeef\"\n"
            "base64 ffef \"/+8=\"\n"
            "base64 6869 \"aGk=\"\n"
            "base64url ffef \"_-8\"\n"
            "utf16le 6800ac20 \"h€\"\n"
            "utf16le 680069 \"h\"\n"
            "ucs2 3dd800de \"😀\"\n"
            "234 30313233343536373839 \"\" 89\n");
}

void tst_Buffer::constructionAndAccess()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "construction.js",
            "const b = Buffer.from('h\\u00e9llo w\\u00f6rld');\n"
            "console.log(b, b.length, b[0], b[100], b instanceof Uint8Array, Buffer.isBuffer(b), "
            "Buffer.isBuffer(new Uint8Array(1)));\n"
            "console.log(Buffer.from([256, -1, 3.7, '9']), Buffer.from(new Uint16Array([1, 256, "
            "65535])), Buffer.from({ length: 2, 0: 7, 1: 8 }));\n"
            "const ab = new ArrayBuffer(8); const view = Buffer.from(ab, 2, 3); view[0] = 9;\n"
            "console.log(new Uint8Array(ab)[2], view.length, view.byteOffset, "
            "Buffer.from(Buffer.from('dup')).toString());\n"
            "console.log(Buffer.alloc(4), Buffer.alloc(5, 'ab'), Buffer.alloc(3, 257), "
            "Buffer.alloc(4, 'ffee', 'hex'), Buffer.allocUnsafe(3).length);\n"
            "console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc'), new "
            "Uint8Array([100])]).toString(), Buffer.concat([Buffer.from('abc')], 2).toString(), "
            "Buffer.concat([], 0).length);\n"
            "const s = Buffer.from('abcdef');\n"
            "const sl = s.slice(1, -1); sl[0] = 66;\n"
            "console.log(sl.toString(), s.toString(), s.subarray(4).toString(), "
            "s.slice(-2).toString(), s.slice(5, 1).length, sl instanceof Buffer);\n"
            "console.log(Buffer.from('abc').equals(Buffer.from('abc')), "
            "Buffer.from('abc').equals(new Uint8Array([97, 98])), Buffer.compare(Buffer.from('b'), "
            "Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('abd')), "
            "Buffer.from('xabc').compare(Buffer.from('abc'), 0, 3, 1));\n"
            "const h = Buffer.from('hello world, hello');\n"
            "console.log(h.indexOf('o'), h.indexOf('o', 5), h.lastIndexOf('hello'), "
            "h.indexOf(Buffer.from('ld')), h.indexOf(111), h.includes('world'), h.indexOf('zz'), "
            "h.indexOf('hello', -5), h.indexOf(''));\n"
            "const t = Buffer.alloc(8);\n"
            "console.log(Buffer.from('hello').copy(t, 1, 1, 3), t, t.write('\\u00e9t\\u00e9', 2), "
            "t, t.write('zz', 'latin1'), t.write('ab', 6, 5), t);\n"
            "console.log(Buffer.alloc(6).fill('ab', 1, 5), Buffer.alloc(3).fill(0x101), "
            "Buffer.alloc(4).fill(Buffer.from([1, 2, 3])), Buffer.from('abc').fill(''), "
            "Buffer.alloc(3).fill('\\u00e9', 'latin1'));\n"
            "console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('abc').toJSON(), "
            "Buffer.byteLength('\\u20ac\\u20ac'), Buffer.byteLength('aGVsbG8=', 'base64'), "
            "Buffer.byteLength('abcd', 'hex'), Buffer.byteLength(new ArrayBuffer(7)));\n"
            "console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('latin1'), "
            "Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.from('abcd').swap16(), "
            "Buffer.from('abcd').swap32());\n"
            "console.log(require('util').inspect(Buffer.alloc(60)), Buffer.from(''), "
            "require('buffer').kMaxLength, Buffer.poolSize);\n"
            "console.log(Buffer.from('\\u20acuro').toString('utf8', 0, 2).length, "
            "String(Buffer.from('xyz')), Buffer.from('xyz') + '', [...Buffer.from('ab')]);\n",
            "<Buffer 68 c3 a9 6c 6c 6f 20 77 c3 b6 72 6c 64> 13 104 undefined true true false\n"
            "<Buffer 00 ff 03 09> <Buffer 01 00 ff> <Buffer 07 08>\n"
            "9 3 2 dup\n"
            "<Buffer 00 00 00 00> <Buffer 61 62 61 62 61> <Buffer 01 01 01> <Buffer ff ee ff ee> "
            "3\n"
            "abcd ab 0\n"
            "Bcde aBcdef ef ef 0 true\n"
            "true false 1 -1 0\n"
            "4 7 13 9 4 true -1 13 0\n"
            "2 <Buffer 7a 7a c3 a9 74 c3 61 62> 5 <Buffer 7a 7a c3 a9 74 c3 61 62> 2 2 <Buffer 7a "
            "7a c3 a9 74 c3 61 62>\n"
            "<Buffer 00 61 62 61 62 00> <Buffer 01 01 01> <Buffer 01 02 03 01> <Buffer 00 00 00> "
            "<Buffer e9 e9 e9>\n"
            "{\"type\":\"Buffer\",\"data\":[104,105]} { type: 'Buffer', data: [ 97, 98, 99 ] } 6 5 "
            "2 7\n"
            "true true false false <Buffer 62 61 64 63> <Buffer 64 63 62 61>\n"
            "<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 "
            "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more "
            "bytes> <Buffer > 4294967296 8192\n"
            "1 xyz xyz [ 97, 98 ]\n");
}

void tst_Buffer::numbersReadAndWrite()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "numbers.js",
            "const w = Buffer.alloc(16);\n"
            "console.log(w.writeUInt32BE(0xdeadbeef, 0), w.writeUInt16LE(0x1234, 4), "
            "w.writeInt8(-2, 6), w.writeInt32LE(-5, 7), w.writeUInt8(255, 11), "
            "w.writeInt16BE(-300, 12), w.writeUIntLE(0x123456, 13, 3));\n"
            "console.log(w);\n"
            "console.log(w.readUInt32BE(0).toString(16), w.readUInt32LE(0).toString(16), "
            "w.readUInt16LE(4).toString(16), w.readUInt16BE(4).toString(16), w.readInt8(6), "
            "w.readUInt8(6), w.readInt32LE(7), w.readInt32BE(7), w.readUInt8(11));\n"
            "console.log(w.readInt16BE(12), w.readUInt16BE(12), w.readUIntLE(13, 3).toString(16), "
            "w.readUIntBE(13, 3).toString(16), w.readIntLE(7, 4), w.readIntBE(0, 6), "
            "w.readUIntBE(0, 6));\n"
            "const f = Buffer.alloc(12);\n"
            "console.log(f.writeDoubleLE(3.14159), f.readDoubleLE(0), f.writeFloatBE(1.5, 8), "
            "f.readFloatBE(8), f.writeDoubleBE(-0.1, 0), f.readDoubleBE(0), f.readFloatLE(8));\n"
            "console.log(Buffer.from([1, 2]).readUint16BE(), Buffer.from([0xff, 0xff, 0xff, "
            "0xff]).readInt32BE(), Buffer.from([0x80, 0, 0, 0]).readInt32BE(), "
            "Buffer.from([0x80]).readInt8());\n",
            "4 6 7 11 12 14 16\n"
            "<Buffer de ad be ef 34 12 fe fb ff ff ff ff fe 56 34 12>\n"
            "deadbeef efbeadde 1234 3412 -2 254 -5 -67108865 255\n"
            "-426 65110 123456 563412 -5 -36637162654702 244837814055954\n"
            "8 3.14159 12 1.5 8 -0.1 6.896490392174587e-41\n"
            "258 -1 -2147483648 -128\n");
}

void tst_Buffer::errorsHaveNodesCodes()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "errors.js",
            "const tries = {\n"
            "  'alloc(-1)': () => Buffer.alloc(-1),\n"
            "  \"alloc('5')\": () => Buffer.alloc('5'),\n"
            "  'from(5)': () => Buffer.from(5),\n"
            "  \"from('x','nope')\": () => Buffer.from('x', 'nope'),\n"
            "  'readUInt32LE(1)': () => Buffer.alloc(4).readUInt32LE(1),\n"
            "  'readUInt8(4)': () => Buffer.alloc(4).readUInt8(4),\n"
            "  'readUInt8(1.5)': () => Buffer.alloc(2).readUInt8(1.5),\n"
            "  \"readUInt8('0')\": () => Buffer.alloc(2).readUInt8('0'),\n"
            "  'writeUInt8(300)': () => Buffer.alloc(4).writeUInt8(300),\n"
            "  'writeUInt32LE(-1)': () => Buffer.alloc(4).writeUInt32LE(-1),\n"
            "  'writeInt16BE(40000)': () => Buffer.alloc(4).writeInt16BE(40000),\n"
            "  'writeUInt32BE(2**32)': () => Buffer.alloc(4).writeUInt32BE(2 ** 32),\n"
            "  'writeUInt16LE(1,3)': () => Buffer.alloc(4).writeUInt16LE(1, 3),\n"
            "  'readUIntLE(0,7)': () => Buffer.alloc(8).readUIntLE(0, 7),\n"
            "  \"fill('zz','hex')\": () => Buffer.alloc(4).fill('zz', 'hex'),\n"
            "  'concat([1])': () => Buffer.concat([1]),\n"
            "  'concat(1)': () => Buffer.concat(1),\n"
            "  \"toString('bad')\": () => Buffer.alloc(2).toString('bad'),\n"
            "  \"write('a',5)\": () => Buffer.alloc(2).write('a', 5),\n"
            "  'equals(1)': () => Buffer.alloc(2).equals(1),\n"
            "  'compare(1,2)': () => Buffer.compare(1, Buffer.alloc(1)),\n"
            "};\n"
            "for (const [what, fn] of Object.entries(tries)) {\n"
            "  try { console.log(what, 'returned', fn()); } catch (e) { console.log(what, e.name, "
            "e.code, e.message); }\n"
            "}\n",
            "alloc(-1) RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must "
            "be >= 0 && <= 4294967296. Received -1\n"
            "alloc('5') TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type "
            "number. Received type string ('5')\n"
            "from(5) TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or "
            "an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type "
            "number (5)\n"
            "from('x','nope') TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope\n"
            "readUInt32LE(1) RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. "
            "It must be >= 0 and <= 0. Received 1\n"
            "readUInt8(4) RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It "
            "must be >= 0 and <= 3. Received 4\n"
            "readUInt8(1.5) RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. "
            "It must be an integer. Received 1.5\n"
            "readUInt8('0') TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type "
            "number. Received type string ('0')\n"
            "writeUInt8(300) RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. "
            "It must be >= 0 and <= 255. Received 300\n"
            "writeUInt32LE(-1) RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. "
            "It must be >= 0 and <= 4294967295. Received -1\n"
            "writeInt16BE(40000) RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of "
            "range. It must be >= -32768 and <= 32767. Received 40000\n"
            "writeUInt32BE(2**32) RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of "
            "range. It must be >= 0 and <= 4294967295. Received 4294967296\n"
            "writeUInt16LE(1,3) RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of "
            "range. It must be >= 0 and <= 2. Received 3\n"
            "readUIntLE(0,7) RangeError ERR_OUT_OF_RANGE The value of \"byteLength\" is out of "
            "range. It must be >= 1 and <= 6. Received 7\n"
            "fill('zz','hex') TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. "
            "Received 'zz'\n"
            "concat([1]) TypeError ERR_INVALID_ARG_TYPE The \"list[0]\" argument must be an "
            "instance of Buffer or Uint8Array. Received type number (1)\n"
            "concat(1) TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of "
            "Array. Received type number (1)\n"
            "toString('bad') TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bad\n"
            "write('a',5) RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It "
            "must be >= 0 && <= 2. Received 5\n"
            "equals(1) TypeError ERR_INVALID_ARG_TYPE The \"otherBuffer\" argument must be an "
            "instance of Buffer or Uint8Array. Received type number (1)\n"
            "compare(1,2) TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance "
            "of Buffer or Uint8Array. Received type number (1)\n");
}

void tst_Buffer::chunksCrossAsOneBuffer()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "chunks.js",
            "// A 64 KiB chunk arrives as one Buffer (one 'data' event per read), not byte by "
            "byte.\n"
            "const net = require('net');\n"
            "const big = Buffer.alloc(64 * 1024, 7);\n"
            "const server = net.createServer((c) => { c.end(big); });\n"
            "server.listen(0, '127.0.0.1', () => {\n"
            "  const s = net.connect(server.address().port, '127.0.0.1');\n"
            "  let events = 0, bytes = 0, allBuffers = true;\n"
            "  s.on('data', (d) => { events++; bytes += d.length; allBuffers = allBuffers && "
            "Buffer.isBuffer(d) && d[0] === 7; });\n"
            "  s.on('end', () => { console.log('bytes', bytes, 'buffers', allBuffers, 'few "
            "events', events >= 1 && events <= 8); server.close(); });\n"
            "});\n",
            "bytes 65536 buffers true few events true\n");
}

void tst_Buffer::largeBuffersWriteTheirCurrentBytes()
{
    // Buffers of 16 KiB and more share their bytes with C++ (a write sends them without a
    // copy): what is written is what the Buffer holds at the time of the write, through
    // every way of making one (alloc, allocUnsafe, from, concat, a whole-buffer view).
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "shared.js",
            "const net = require('net');\n"
            "const size = 256 * 1024;\n"
            "const made = [\n"
            "  () => Buffer.alloc(size),\n"
            "  () => Buffer.allocUnsafe(size),\n"
            "  () => Buffer.from(Buffer.alloc(size, 9)),\n"
            "  () => Buffer.concat([Buffer.alloc(size / 2), Buffer.alloc(size / 2)]),\n"
            "  () => Buffer.from(Buffer.alloc(size).buffer),\n"
            "];\n"
            "const rounds = made.length * 3;\n"
            "const server = net.createServer((c) => {\n"
            "  const parts = [];\n"
            "  c.on('data', (d) => parts.push(d));\n"
            "  c.on('end', () => {\n"
            "    const all = Buffer.concat(parts);\n"
            "    let ok = all.length === rounds * size;\n"
            "    for (let i = 0; ok && i < all.length; i += 4093) ok = all[i] === Math.floor(i / "
            "size) + 1;\n"
            "    console.log('received', all.length, 'each round its own bytes', ok);\n"
            "    server.close();\n"
            "  });\n"
            "});\n"
            "server.listen(0, '127.0.0.1', () => {\n"
            "  const c = net.connect(server.address().port, '127.0.0.1');\n"
            "  const buffers = made.map((make) => make());\n"
            "  let round = 0;\n"
            "  (function next() {\n"
            "    if (round === rounds) return c.end();\n"
            "    const b = buffers[round % buffers.length];\n"
            "    b.fill(++round);  // the same Buffer again, with new contents\n"
            "    c.write(b, next);\n"
            "  })();\n"
            "});\n",
            "received 3932160 each round its own bytes true\n");
}

void tst_Buffer::largeBufferFills()
{
    // fill() of a Buffer whose bytes C++ holds runs there: bytes, patterns, encodings,
    // ranges, views with an offset, and the errors, as node does them.
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "fills.js",
            "const a = Buffer.alloc(40000, 'abc'); console.log(a.slice(0, 7).toString(), "
            "a.slice(39997).toString());\n"
            "const b = Buffer.alloc(70000); b.fill(257, 10, 20); console.log(b[9], b[10], b[19], "
            "b[20]);\n"
            "const c = Buffer.alloc(70000); c.subarray(100, 60000).fill('xy', 1);\n"
            "console.log(c[100], c[101], c[102], c[103], c[59999], c[60000]);\n"
            "const d = Buffer.alloc(20000); d.fill(-1); console.log(d[0], d[19999]); d.fill(NaN); "
            "console.log(d[5]);\n"
            "console.log(Buffer.alloc(20000).fill('\\u20ac').slice(0, 6).toString('hex'));\n"
            "const f = Buffer.alloc(20000); f.fill(Buffer.from([1, 2, 3]), 5, 11); "
            "console.log(f.slice(3, 13).join());\n"
            "try { Buffer.alloc(20000).fill(1, 0, 30000); } catch (err) { console.log(err.code); "
            "}\n"
            "console.log(Buffer.allocUnsafe(30000).fill('').every((x) => x === 0));\n",
            "abcabca bca\n"
            "0 1 1 0\n"
            "0 120 121 120 120 0\n"
            "255 255\n"
            "0\n"
            "e282ace282ac\n"
            "0,0,1,2,3,1,2,3,0,0\n"
            "ERR_OUT_OF_RANGE\n"
            "true\n");
}

QTEST_GUILESS_MAIN(tst_Buffer)
#include "tst_buffer.moc"
