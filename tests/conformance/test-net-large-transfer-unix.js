'use strict';
// 4 MiB in one write() over a Unix domain socket to a peer that reads everything: the write
// callback runs once the data is out, and the peer gets every 64 KiB block complete and in
// order (each carries its index at both ends).
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(20000);
const path = common.socketPath('big');
const BLOCK = 64 * 1024;
const BLOCKS = 64;
const size = BLOCK * BLOCKS;

const template = Buffer.alloc(BLOCK);
for (let i = 0; i < BLOCK; i++) template[i] = (i ^ (i >> 8)) & 0xff;
const blocks = [];
for (let k = 0; k < BLOCKS; k++) {
  const b = Buffer.from(template);
  b.writeUInt32LE(k, 0);
  b.writeUInt32LE(k, BLOCK - 4);
  blocks.push(b);
}
const data = Buffer.concat(blocks);

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, size);
    for (let k = 0; k < BLOCKS; k++) {
      assert.strictEqual(all.readUInt32LE(k * BLOCK), k, 'block ' + k + ' header');
      assert.strictEqual(all.readUInt32LE((k + 1) * BLOCK - 4), k, 'block ' + k + ' trailer');
    }
    [0, 31, 63].forEach((k) => {
      assert.ok(all.subarray(k * BLOCK, (k + 1) * BLOCK).equals(blocks[k]), 'block ' + k);
    });
    socket.end('ok');
  }));
}));

server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => {
    client.write(data, common.mustCall((err) => {
      assert.strictEqual(err, null);
      assert.strictEqual(client.bufferSize, 0);
      client.end();
    }));
  }));
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', common.mustCall(() => assert.strictEqual(reply, 'ok')));
  client.on('close', common.mustCall(() => server.close()));
}));
