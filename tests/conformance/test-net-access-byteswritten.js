'use strict';
// Node's test-net-access-byteswritten.js (its net part): the bytesWritten getter does not
// throw on the prototype, an object that was never constructed. Nor do the other getters Node
// makes safe there; each gives Node's value.
require('./common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.Socket.prototype.bytesWritten, undefined);

const expected = {
  _connecting: undefined, bufferSize: undefined, bytesRead: undefined, closed: false,
  destroyed: false, errored: null, readable: false, readableEncoding: null,
  readableEnded: false, readyState: 'closed', remoteAddress: undefined,
  remoteFamily: undefined, remotePort: undefined, writable: false, writableCorked: 0,
  writableEnded: false, writableFinished: false, writableHighWaterMark: undefined,
  writableLength: undefined, writableNeedDrain: false,
};
for (const name of Object.keys(expected))
  assert.strictEqual(net.Socket.prototype[name], expected[name], name);
assert.strictEqual(net.Server.prototype.listening, false);
