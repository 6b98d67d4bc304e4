'use strict';
// setEncoding('utf16le'): an odd byte is held until its pair arrives, and so is a high
// surrogate until its low surrogate arrives; three writes, each acknowledged before the next.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const chunks = [];
const parts = [
  Buffer.from([0x41, 0x00, 0x42]),        // 'A' + half of 'B'
  Buffer.from([0x00, 0x3d, 0xd8]),        // rest of 'B' + high surrogate of U+1F600
  Buffer.from([0x00, 0xde])               // low surrogate
];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  let next = 0;
  socket.write(parts[next++]);
  socket.on('data', common.mustCall(() => {
    if (next < parts.length - 1) socket.write(parts[next++]);
    else socket.end(parts[next++]);
  }, 2));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  client.setEncoding('utf16le');
  client.on('data', common.mustCall((str) => {
    chunks.push(str);
    if (chunks.length < 3) client.write('ack' + chunks.length);
  }, 3));
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(chunks, ['A', 'B', '\ud83d\ude00']);
});
