'use strict';
// server.address() for a Unix domain socket server is the path, as a string; accepted and
// connecting Unix sockets have no remote/local address or port (undefined) and address() {}.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('addr');
const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, undefined);
  assert.strictEqual(socket.remotePort, undefined);
  assert.strictEqual(socket.remoteFamily, undefined);
  assert.deepStrictEqual(socket.address(), {});
  socket.end();
}));
server.listen(path, common.mustCall(() => {
  assert.strictEqual(server.address(), path);
  const client = net.connect(path, common.mustCall(() => {
    assert.strictEqual(client.remoteAddress, undefined);
    assert.strictEqual(client.localPort, undefined);
    assert.deepStrictEqual(client.address(), {});
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
