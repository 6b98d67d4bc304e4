'use strict';
// bytesRead and bytesWritten start again from 0 when the same Socket object connects again
// after a close (Node counts per connection, on the new handle).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.on('data', () => {});
  socket.end('hello');
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = new net.Socket();
  client.resume();
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    client.end('12345678');
  }));
  client.once('close', common.mustCall(() => {
    assert.strictEqual(client.bytesRead, 5);
    assert.strictEqual(client.bytesWritten, 8);
    client.connect(port, '127.0.0.1', common.mustCall(() => {
      assert.strictEqual(client.bytesRead, 0);
      assert.strictEqual(client.bytesWritten, 0);
      client.end('ab');
    }));
    client.once('close', common.mustCall(() => {
      assert.strictEqual(client.bytesRead, 5);
      assert.strictEqual(client.bytesWritten, 2);
      server.close();
    }));
  }));
}));
