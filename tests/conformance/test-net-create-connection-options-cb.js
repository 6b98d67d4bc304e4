'use strict';
// net.createConnection(options, cb): port + host, with allowHalfOpen passed through to the
// socket; options.localAddress binds the local end.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  socket.end();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.createConnection({
    port: server.address().port,
    host: '127.0.0.1',
    localAddress: '127.0.0.1',
    allowHalfOpen: true
  }, common.mustCall(() => {
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, server.address().port);
  }));
  assert.strictEqual(client.allowHalfOpen, true);
  client.resume();
  client.on('end', common.mustCall(() => {
    // allowHalfOpen: the writable side stays open until we end it.
    assert.strictEqual(client.writable, true);
    client.end();
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
