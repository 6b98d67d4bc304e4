'use strict';
// An unknown encoding throws TypeError ERR_UNKNOWN_ENCODING ('Unknown encoding: <name>') from
// setEncoding() and from write(string, encoding).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
assert.throws(() => socket.setEncoding('nope'), (err) => {
  common.checkError(err, { type: TypeError, name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING',
                           message: 'Unknown encoding: nope' });
  return true;
});
assert.throws(() => socket.write('data', 'klingon'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: klingon'
});
// Known names, in any case, are accepted.
['utf8', 'UTF-8', 'hex', 'base64', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii'].forEach((e) => {
  assert.strictEqual(socket.setEncoding(e), socket);
});
socket.destroy();
socket.on('close', common.mustCall());
