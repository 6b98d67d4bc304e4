'use strict';
// Unref'd sockets: with the server and both ends of a connection unref'd, the process exits
// while the connection is still open; an unref'd timer does not fire.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let client;
const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.unref(), socket);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.unref(), client);
  }));
  server.unref();
}));
setTimeout(common.mustNotCall('unref\'d timer fired'), 5000).unref();

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(client.destroyed, false);
  assert.strictEqual(client.readyState, 'open');
});
