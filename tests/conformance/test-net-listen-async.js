'use strict';
// 'listening' is emitted asynchronously: a listener attached after listen() returned still
// sees it, and listen() returns the server (chainable).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
const ret = server.listen(0, '127.0.0.1', common.mustCall(() => events.push('callback')));
assert.strictEqual(ret, server);
events.push('returned');
assert.strictEqual(server.listening, false);
server.on('listening', common.mustCall(() => {
  events.push('listening');
  assert.strictEqual(server.listening, true);
  server.close();
}));

const path = common.socketPath('async');
const unixServer = net.createServer();
const events2 = [];
unixServer.listen(path, common.mustCall(() => {
  events2.push('callback');
  unixServer.close();
}));
events2.push('returned');

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'callback', 'listening']);
  assert.deepStrictEqual(events2, ['returned', 'callback']);
});
