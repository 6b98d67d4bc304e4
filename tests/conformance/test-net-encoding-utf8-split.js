'use strict';
// setEncoding('utf8') on a socket whose peer splits a 3-byte character ('€' = e2 82 ac)
// across two writes: the first write is known to have arrived (the reader acknowledges it)
// before the second is sent, and the reader never sees a broken character.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const chunks = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write(Buffer.from([0x61, 0xe2]));           // 'a' + first byte of '€'
  socket.once('data', common.mustCall((ack) => {
    assert.strictEqual(ack.toString(), 'ack');
    socket.end(Buffer.from([0x82, 0xac, 0x62]));     // rest of '€' + 'b'
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  client.setEncoding('utf8');
  client.on('data', common.mustCall((str) => {
    assert.strictEqual(typeof str, 'string');
    chunks.push(str);
    if (chunks.length === 1) client.write('ack');
  }, 2));
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(chunks, ['a', '\u20acb']);
});
