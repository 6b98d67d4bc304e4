'use strict';
// write() on a socket that has no handle and is not connecting (new net.Socket(), connect()
// never called): Node's _writeGeneric() fails it. write() returns false, nothing is counted,
// then (nextTick) the callback gets ERR_SOCKET_CLOSED, 'error' with the same error and 'close'
// without an argument (the socket never had a handle).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const socket = new net.Socket();
const returned = socket.write('x', common.mustCall((err) => {
  common.checkError(err, { code: 'ERR_SOCKET_CLOSED', message: 'Socket is closed' });
  events.push('callback');
}));
assert.strictEqual(returned, false);
assert.strictEqual(socket.destroyed, false);
assert.strictEqual(socket.bytesWritten, 0);
socket.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
  events.push('error');
}));
socket.on('close', common.mustCall(function () {
  assert.strictEqual(arguments.length, 0);
  events.push('close');
  assert.deepStrictEqual(events, ['callback', 'error', 'close']);
}));
