'use strict';
// While connecting, bufferSize and writableLength count a queued string by its length (its
// characters), as Node's writable state does, and a Buffer by its bytes; bytesWritten counts
// the bytes all the same. Once connected and flushed, bufferSize is 0.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('h\u00e9llo \u20ac');       // 7 characters, 10 bytes
  client.write(Buffer.from([1, 2, 3]));     // 3 bytes
  client.write('beef', 'hex');              // 4 characters, 2 bytes
  client.write('\ud83d\ude00');             // 2 characters (one emoji), 4 bytes
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.bufferSize, 16);
  assert.strictEqual(client.writableLength, 16);
  assert.strictEqual(client.bytesWritten, 19);
  client.on('connect', common.mustCall(() => {
    client.end(common.mustCall(() => {
      assert.strictEqual(client.bufferSize, 0);
      assert.strictEqual(client.bytesWritten, 19);
    }));
  }));
}));
