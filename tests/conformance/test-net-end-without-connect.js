'use strict';
// Node's test-net-end-without-connect.js: end() on a socket that never connected does not
// throw and returns the socket; nothing more happens (no callback, 'finish' or 'close':
// writableEnded true, writableFinished and destroyed false) and the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const sock = new net.Socket();
for (const name of ['finish', 'close', 'end', 'error'])
  sock.on(name, common.mustNotCall(name));
assert.strictEqual(sock.end(common.mustNotCall('end callback')), sock);
process.on('exit', () => {
  assert.strictEqual(sock.writableEnded, true);
  assert.strictEqual(sock.writableFinished, false);
  assert.strictEqual(sock.destroyed, false);
});
