'use strict';
// destroy() on a socket that is still connecting: no 'connect', no 'error', one 'close'
// (hadError false); the server may or may not see the connection, nothing breaks.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('error', () => {});
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', common.mustNotCall());
  client.on('error', common.mustNotCall());
  assert.strictEqual(client.connecting, true);
  client.destroy();
  assert.strictEqual(client.destroyed, true);
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    setTimeout(() => server.close(), 20);
  }));
}));
