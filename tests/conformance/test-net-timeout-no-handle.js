'use strict';
// Node's test-net-timeout-no-handle.js: setTimeout() on a socket that never connects: 'timeout'
// fires with _handle null, no 'connect'.
const common = require('./common');
const net = require('net');
const assert = require('assert');

const socket = new net.Socket();
socket.setTimeout(50);

socket.on('timeout', common.mustCall(() => {
  assert.strictEqual(socket._handle, null);
}));

socket.on('connect', common.mustNotCall());

// Since the timeout is unref'd, the code would exit without this.
setTimeout(() => {}, 200);
