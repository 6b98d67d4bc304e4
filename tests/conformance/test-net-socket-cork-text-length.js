'use strict';
// A corked batch counts as Node's writev counts it: after uncork() writableLength and
// bufferSize still hold strings by their characters and Buffers by their bytes, until the
// batch is written (the socket is still connecting here, so nothing has gone yet). The bytes
// arrive as each write encoded them.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const euros = '€'.repeat(2000);  // 2000 characters, 6000 bytes in UTF-8, 4000 in UTF-16LE
const expected = Buffer.concat([Buffer.from(euros), Buffer.alloc(100, 'x'),
                                Buffer.from(euros, 'utf16le')]);

const server = net.createServer(common.mustCall((socket) => {
  common.collect(socket, common.mustCall((data) => {
    assert.ok(data.equals(expected), 'the bytes of every write, in order');
    socket.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.cork();
  client.write(euros);
  client.write(Buffer.alloc(100, 'x'));
  client.write(euros, 'utf16le');
  assert.strictEqual(client.writableLength, 4100);
  client.uncork();
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.writableLength, 4100);
  assert.strictEqual(client.bufferSize, 4100);
  assert.strictEqual(client.bytesWritten, 10100);
  client.end(common.mustCall(() => {
    assert.strictEqual(client.writableLength, 0);
    assert.strictEqual(client.bytesWritten, 10100);
  }));
  client.resume();
}));
