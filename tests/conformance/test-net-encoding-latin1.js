'use strict';
// setEncoding('latin1') maps each byte to one character (0xe9 -> 'é', 0xff -> 'ÿ'), so
// nothing is ever held back between chunks; 'binary' is the same encoding.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const chunks = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write('caf\u00e9', 'latin1');          // 63 61 66 e9
  socket.once('data', common.mustCall(() => {
    socket.end(Buffer.from([0xff, 0x80]));
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('binary');
  client.on('data', common.mustCall((str) => {
    chunks.push(str);
    if (chunks.length === 1) client.write('ack');
  }, 2));
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(chunks, ['caf\u00e9', '\u00ff\u0080']);
});
