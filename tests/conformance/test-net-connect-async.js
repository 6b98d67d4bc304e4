'use strict';
// 'connect' is emitted asynchronously even for a Unix domain socket, whose connect() may
// complete at once: code after connect() runs first, and the connect listener runs once.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('cas');
const events = [];
const server = net.createServer((socket) => socket.end());
server.listen(path, common.mustCall(() => {
  const client = net.createConnection(path, common.mustCall(() => {
    events.push('connect');
    assert.strictEqual(client.connecting, false);
  }));
  assert.strictEqual(client.connecting, true);
  events.push('returned');
  process.nextTick(() => events.push('nextTick'));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'nextTick', 'connect']);
});
