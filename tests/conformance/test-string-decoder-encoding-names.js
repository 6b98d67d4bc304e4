'use strict';
// StringDecoder takes the encoding names Buffer takes, in any case; no name (undefined, null
// or '') is utf8; its encoding property is the canonical name. Any other name, or a value that
// is not a name, is a TypeError ERR_UNKNOWN_ENCODING naming it.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const names = [
  ['', 'utf8'], [null, 'utf8'], [undefined, 'utf8'], ['UTF8', 'utf8'], ['utf-8', 'utf8'],
  ['UTF-16LE', 'utf16le'], ['utf16le', 'utf16le'], ['ucs-2', 'utf16le'], ['UCS2', 'utf16le'],
  ['Binary', 'latin1'], ['latin1', 'latin1'], ['BASE64URL', 'base64url'], ['base64', 'base64'],
  ['Hex', 'hex'], ['ASCII', 'ascii'],
];
for (const [name, canonical] of names)
  assert.strictEqual(new StringDecoder(name).encoding, canonical, String(name));

for (const name of [0, false, 'utf7', 'latin-1', 'utf-16', 'binary ']) {
  assert.throws(() => new StringDecoder(name), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: 'Unknown encoding: ' + name,
  });
}
