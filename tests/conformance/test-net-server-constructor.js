'use strict';
// new net.Server(listener) and new net.Server(options, listener) are the same as
// createServer(): the listener handles 'connection', allowHalfOpen is honoured; a server is
// not listening until listen().
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = new net.Server({ allowHalfOpen: true }, common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  assert.strictEqual(socket.allowHalfOpen, true);
  socket.resume();
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.writable, true);
    socket.end('late');
  }));
}));
assert.ok(server instanceof net.Server);
assert.strictEqual(server.listening, false);
assert.strictEqual(server.listenerCount('connection'), 1);

const plain = new net.Server(common.mustNotCall());
assert.ok(plain instanceof net.Server);
assert.ok(net.createServer() instanceof net.Server);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => assert.strictEqual(got, 'late')));
  client.on('close', common.mustCall(() => server.close()));
}));
