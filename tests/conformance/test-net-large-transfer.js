'use strict';
// 8 MiB echoed through a TCP connection, with write()/'drain' flow control on both sides:
// every 64 KiB block comes back complete and in order (each carries its index at both ends),
// and bytesWritten / bytesRead agree on both sides.
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(20000);
const BLOCK = 64 * 1024;
const BLOCKS = 128;
const size = BLOCK * BLOCKS;

const template = Buffer.alloc(BLOCK);
for (let i = 0; i < BLOCK; i++) template[i] = (i * 7 + (i >> 8)) & 0xff;
function block(k) {
  const b = Buffer.from(template);
  b.writeUInt32BE(k, 0);
  b.writeUInt32BE(k, BLOCK - 4);
  return b;
}

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', (d) => {
    if (!socket.write(d)) {
      socket.pause();
      socket.once('drain', () => socket.resume());
    }
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, size);
    socket.end();
  }));
  socket.on('close', common.mustCall(() => assert.strictEqual(socket.bytesWritten, size)));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let k = 0;
    function pump() {
      while (k < BLOCKS) {
        if (!client.write(block(k++))) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    }
    pump();
  }));
  const back = [];
  client.on('data', (d) => back.push(d));
  client.on('end', common.mustCall(() => {
    const all = Buffer.concat(back);
    assert.strictEqual(all.length, size);
    for (let k = 0; k < BLOCKS; k++) {
      assert.strictEqual(all.readUInt32BE(k * BLOCK), k, 'block ' + k + ' header');
      assert.strictEqual(all.readUInt32BE((k + 1) * BLOCK - 4), k, 'block ' + k + ' trailer');
    }
    // Full comparison of a few blocks.
    [0, 1, 63, 64, 127].forEach((k) => {
      assert.ok(all.subarray(k * BLOCK, (k + 1) * BLOCK).equals(block(k)), 'block ' + k + ' differs');
    });
    assert.strictEqual(client.bytesRead, size);
    assert.strictEqual(client.bytesWritten, size);
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
