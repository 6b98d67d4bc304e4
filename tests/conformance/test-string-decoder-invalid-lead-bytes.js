'use strict';
// StringDecoder: bytes that can start no UTF-8 character (f8-ff) are never held back for the
// next write(): each one is U+FFFD at once, also inside a broken sequence (fe 80) and right
// after a character held back from the chunk before. The same chunks go through every encoding
// StringDecoder takes (and its aliases), whose results must not change either.
// Expected values were printed by node v20: for each row, write(bytes), then write(f8 41),
// then end(), as the UTF-16 code units of each result.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const expected = {
  utf8: {
    'f8':         'fffd | fffd 41 | ',
    'fb':         'fffd | fffd 41 | ',
    'fc':         'fffd | fffd 41 | ',
    'fd':         'fffd | fffd 41 | ',
    'fe':         'fffd | fffd 41 | ',
    'ff':         'fffd | fffd 41 | ',
    'fe80':       'fffd fffd | fffd 41 | ',
    'ffbfbf':     'fffd fffd fffd | fffd 41 | ',
    'f888808080': 'fffd fffd fffd fffd fffd | fffd 41 | ',
    '41f8':       '41 fffd | fffd 41 | ',
    'e282acf8':   '20ac fffd | fffd 41 | ',
    'e282':       ' | fffd fffd 41 | ',
  },
  utf16le: {
    'f8':         ' | f8f8 | ',
    'fb':         ' | f8fb | ',
    'fc':         ' | f8fc | ',
    'fd':         ' | f8fd | ',
    'fe':         ' | f8fe | ',
    'ff':         ' | f8ff | ',
    'fe80':       '80fe | 41f8 | ',
    'ffbfbf':     'bfff | f8bf | ',
    'f888808080': '88f8 8080 | f880 | ',
    '41f8':       'f841 | 41f8 | ',
    'e282acf8':   '82e2 f8ac | 41f8 | ',
    'e282':       '82e2 | 41f8 | ',
  },
  latin1: {
    'f8':         'f8 | f8 41 | ',
    'fb':         'fb | f8 41 | ',
    'fc':         'fc | f8 41 | ',
    'fd':         'fd | f8 41 | ',
    'fe':         'fe | f8 41 | ',
    'ff':         'ff | f8 41 | ',
    'fe80':       'fe 80 | f8 41 | ',
    'ffbfbf':     'ff bf bf | f8 41 | ',
    'f888808080': 'f8 88 80 80 80 | f8 41 | ',
    '41f8':       '41 f8 | f8 41 | ',
    'e282acf8':   'e2 82 ac f8 | f8 41 | ',
    'e282':       'e2 82 | f8 41 | ',
  },
  base64: {
    'f8':         ' | 2b 50 68 42 | ',
    'fb':         ' | 2b 2f 68 42 | ',
    'fc':         ' | 2f 50 68 42 | ',
    'fd':         ' | 2f 66 68 42 | ',
    'fe':         ' | 2f 76 68 42 | ',
    'ff':         ' | 2f 2f 68 42 | ',
    'fe80':       ' | 2f 6f 44 34 | 51 51 3d 3d',
    'ffbfbf':     '2f 37 2b 2f |  | 2b 45 45 3d',
    'f888808080': '2b 49 69 41 | 67 49 44 34 | 51 51 3d 3d',
    '41f8':       ' | 51 66 6a 34 | 51 51 3d 3d',
    'e282acf8':   '34 6f 4b 73 | 2b 50 68 42 | ',
    'e282':       ' | 34 6f 4c 34 | 51 51 3d 3d',
  },
  base64url: {
    'f8':         ' | 2d 50 68 42 | ',
    'fb':         ' | 2d 5f 68 42 | ',
    'fc':         ' | 5f 50 68 42 | ',
    'fd':         ' | 5f 66 68 42 | ',
    'fe':         ' | 5f 76 68 42 | ',
    'ff':         ' | 5f 5f 68 42 | ',
    'fe80':       ' | 5f 6f 44 34 | 51 51',
    'ffbfbf':     '5f 37 2d 5f |  | 2d 45 45',
    'f888808080': '2d 49 69 41 | 67 49 44 34 | 51 51',
    '41f8':       ' | 51 66 6a 34 | 51 51',
    'e282acf8':   '34 6f 4b 73 | 2d 50 68 42 | ',
    'e282':       ' | 34 6f 4c 34 | 51 51',
  },
  hex: {
    'f8':         '66 38 | 66 38 34 31 | ',
    'fb':         '66 62 | 66 38 34 31 | ',
    'fc':         '66 63 | 66 38 34 31 | ',
    'fd':         '66 64 | 66 38 34 31 | ',
    'fe':         '66 65 | 66 38 34 31 | ',
    'ff':         '66 66 | 66 38 34 31 | ',
    'fe80':       '66 65 38 30 | 66 38 34 31 | ',
    'ffbfbf':     '66 66 62 66 62 66 | 66 38 34 31 | ',
    'f888808080': '66 38 38 38 38 30 38 30 38 30 | 66 38 34 31 | ',
    '41f8':       '34 31 66 38 | 66 38 34 31 | ',
    'e282acf8':   '65 32 38 32 61 63 66 38 | 66 38 34 31 | ',
    'e282':       '65 32 38 32 | 66 38 34 31 | ',
  },
  ascii: {
    'f8':         '78 | 78 41 | ',
    'fb':         '7b | 78 41 | ',
    'fc':         '7c | 78 41 | ',
    'fd':         '7d | 78 41 | ',
    'fe':         '7e | 78 41 | ',
    'ff':         '7f | 78 41 | ',
    'fe80':       '7e 0 | 78 41 | ',
    'ffbfbf':     '7f 3f 3f | 78 41 | ',
    'f888808080': '78 8 0 0 0 | 78 41 | ',
    '41f8':       '41 78 | 78 41 | ',
    'e282acf8':   '62 2 2c 78 | 78 41 | ',
    'e282':       '62 2 | 78 41 | ',
  },
};

const aliases = {
  utf8: ['utf-8', 'UTF8'], utf16le: ['ucs2', 'ucs-2', 'utf-16le'], latin1: ['binary'],
  base64: ['BASE64'], base64url: [], hex: ['HEX'], ascii: [],
};

function units(text) {
  const out = [];
  for (let i = 0; i < text.length; i++)
    out.push(text.charCodeAt(i).toString(16));
  return out.join(' ');
}

function run(encoding, hex) {
  const decoder = new StringDecoder(encoding);
  const first = units(decoder.write(Buffer.from(hex, 'hex')));
  const second = units(decoder.write(Buffer.from('f841', 'hex')));
  return [first, second, units(decoder.end())].join(' | ');
}

for (const encoding of Object.keys(expected)) {
  for (const name of [encoding].concat(aliases[encoding])) {
    assert.strictEqual(new StringDecoder(name).encoding, encoding);
    for (const hex of Object.keys(expected[encoding]))
      assert.strictEqual(run(name, hex), expected[encoding][hex], name + ' ' + hex);
  }
}
