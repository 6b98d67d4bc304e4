'use strict';
// readyState / pending / connecting through a socket's life: a fresh Socket is pending and
// not connecting (Node reports readyState 'open' for it); connect() makes it 'opening' and
// connecting; 'connect' makes it 'open' and not pending; end() makes it 'readOnly'; the
// peer sees 'writeOnly' during its 'end'; after 'close' it is 'closed' and pending again.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.readyState, 'open');
  assert.strictEqual(socket.pending, false);
  assert.strictEqual(socket.connecting, false);
  socket.resume();
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.readyState, 'writeOnly');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = new net.Socket();
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.connecting, false);
  assert.strictEqual(client.readyState, 'open');
  assert.strictEqual(client.destroyed, false);

  client.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.connecting, false);
    client.end();
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.connecting, true);

  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.pending, true);
    assert.strictEqual(client.destroyed, true);
    server.close();
  }));
}));
