'use strict';
// setTimeout() on a socket that never connects still fires 'timeout' once the time has passed
// (and the socket timer does not keep the process alive by itself: a ref'd timer does here).
// Its 'close' comes without an argument, as for every socket that never had a handle.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
const started = Date.now();
const keepAlive = setTimeout(common.mustNotCall('timeout never came'), 5000);
socket.setTimeout(50, common.mustCall(() => {
  assert.ok(Date.now() - started >= 45);
  assert.strictEqual(socket.connecting, false);
  assert.strictEqual(socket.destroyed, false);
  clearTimeout(keepAlive);
  socket.destroy();
}));
socket.on('close', common.mustCall(function () {
  assert.strictEqual(arguments.length, 0);
}));
