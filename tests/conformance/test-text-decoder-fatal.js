'use strict';
// TextDecoder with {fatal: true}: invalid input throws TypeError ERR_ENCODING_INVALID_ENCODED_DATA
// (Node's message names the encoding) instead of giving U+FFFD; a U+FFFD that the input encodes
// is valid; a sequence cut short throws at the end of the stream, not while streaming; after
// the error the decoder starts afresh. Without fatal the same input gives U+FFFD.
const assert = require('assert');

function decode(label, chunks, fatal) {
  const decoder = new TextDecoder(label, { fatal: fatal !== false });
  return chunks.map((c) => decoder.decode(Buffer.from(c[0], 'hex'), { stream: c[1] })).join('|');
}

function throwsInvalid(label, chunks) {
  assert.throws(() => decode(label, chunks), {
    name: 'TypeError',
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: 'The encoded data was not valid for encoding ' + label
  });
}

assert.strictEqual(new TextDecoder('utf-8', { fatal: true }).fatal, true);
assert.strictEqual(new TextDecoder('utf-8').fatal, false);

throwsInvalid('utf-8', [['ff', false]]);
throwsInvalid('utf-8', [['41c0af42', false]]);
throwsInvalid('utf-8', [['eda080', false]]);  // a surrogate
throwsInvalid('utf-8', [['e282', false]]);
throwsInvalid('utf-8', [['e2', true], ['41', false]]);
throwsInvalid('utf-8', [['41f0', true], ['', false]]);
throwsInvalid('utf-16le', [['00d8', false]]);
throwsInvalid('utf-16le', [['41', false]]);
throwsInvalid('utf-16le', [['00dc4100', false]]);

assert.strictEqual(decode('utf-8', [['efbfbd41', false]]), '\ufffdA');
assert.strictEqual(decode('utf-8', [['e282', true], ['ac', false]]), '|\u20ac');
assert.strictEqual(decode('utf-8', [['e282', true]]), '');
assert.strictEqual(decode('utf-16le', [['fdff4100', false]]), '\ufffdA');
assert.strictEqual(decode('utf-16le', [['3dd8', true], ['00de', false]]), '|\ud83d\ude00');
assert.strictEqual(decode('latin1', [['ff', false]]), '\u00ff');
assert.strictEqual(decode('utf-8', [['41ff', false]], false), 'A\ufffd');

// After the error the decoder has nothing held back.
const decoder = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(decoder.decode(Buffer.from([0xe2, 0x82]), { stream: true }), '');
assert.throws(() => decoder.decode(Buffer.from([0x41])), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(decoder.decode(Buffer.from([0x41])), 'A');
assert.strictEqual(decoder.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x42])), 'B');
