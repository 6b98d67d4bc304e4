'use strict';
// TextDecoder.decode(chunk, {stream: true}) holds back only a UTF-8 sequence that the next
// chunk can still complete: bytes that start none (f8-ff, c0, c1, f5), and sequences already
// broken (f4 90, e0 80, ed a0), are U+FFFD at once. UTF-16LE holds an odd byte and a high
// surrogate; a surrogate left alone, or a byte left at the end of the stream, is U+FFFD. A byte
// order mark is dropped only where a stream starts (a decode() without {stream: true} ends
// one). Expected values were printed by node v20: each row is a label, the chunks in hex
// (decoded with {stream: true} except the last and those marked with '.'), and the UTF-16
// code units of each result.
const assert = require('assert');

const rows = [
  ['utf-8', ['f8', 'ff', 'fe80', '41'], ['fffd', 'fffd', 'fffd fffd', '41']],
  ['utf-8', ['e2', 'f8', '41'], ['', 'fffd fffd', '41']],
  ['utf-8', ['f490', '8080', ''], ['fffd fffd', 'fffd fffd', '']],
  ['utf-8', ['ed', 'a0', '80'], ['', 'fffd fffd', 'fffd']],
  ['utf-8', ['e0', '80', ''], ['', 'fffd fffd', '']],
  ['utf-8', ['e2', '82', 'ac', ''], ['', '', '20ac', '']],
  ['utf-8', ['f09f', '98', '80', ''], ['', '', 'd83d de00', '']],
  ['utf-8', ['f09f98', '61'], ['', 'fffd 61']],
  ['utf-8', ['e282', ''], ['', 'fffd']],
  ['utf-8', ['c0', 'c1', 'f5', ''], ['fffd', 'fffd', 'fffd', '']],
  ['utf-8', ['efbbbf41', 'efbbbf42', 'efbbbf43', 'efbbbf44'], ['41', 'feff 42', 'feff 43', 'feff 44']],
  ['utf-8', ['ef', 'bb', 'bf', '41'], ['', '', '', '41']],
  ['utf-16le', ['41', '00', '3dd8', ''], ['', '41', '', 'fffd']],
  ['utf-16le', ['3dd841', '00de4100', ''], ['', 'fffd 41 41de', 'fffd']],
  ['utf-16le', ['3dd8', '00de', ''], ['', 'd83d de00', '']],
  ['utf-16le', ['00dc4100', '410042'], ['fffd 41', '41 fffd']],
  ['utf-16le', ['fffe4100', 'fffe4200', ''], ['41', 'feff 42', '']],
  ['utf-8', ['efbbbf41.', 'efbbbf42', 'efbbbf43.', 'efbbbf44.'], ['41', '42', 'feff 43', '44']],
  ['utf-8', ['e2.', '82.', 'efbbbf.', 'efbbbf.'], ['fffd', 'fffd', '', '']],
  ['utf-8', ['e2', 'efbbbf41.'], ['', 'fffd feff 41']],
];

function units(text) {
  const out = [];
  for (let i = 0; i < text.length; i++)
    out.push(text.charCodeAt(i).toString(16));
  return out.join(' ');
}

for (const row of rows) {
  const decoder = new TextDecoder(row[0]);
  const chunks = row[1];
  const got = chunks.map((chunk, i) => {
    const last = i === chunks.length - 1 || chunk.endsWith('.');
    return units(decoder.decode(Buffer.from(chunk.replace('.', ''), 'hex'), { stream: !last }));
  });
  assert.deepStrictEqual(got, row[2], row[0] + ' ' + chunks.join(' '));
}
