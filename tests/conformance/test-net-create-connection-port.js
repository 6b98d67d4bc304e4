'use strict';
// net.createConnection(port): the host defaults to 'localhost' (so a 'lookup' event with
// host 'localhost' comes first), and the returned socket connects.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.end('x'));
server.listen(0, 'localhost', common.mustCall(() => {
  const client = net.createConnection(server.address().port);
  assert.ok(client instanceof net.Socket);
  client.on('lookup', common.mustCall((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(host, 'localhost');
    assert.strictEqual(address, server.address().address);
  }));
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.remotePort, server.address().port);
  }));
  client.resume();
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
