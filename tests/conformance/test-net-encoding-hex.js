'use strict';
// setEncoding('hex') turns each chunk into lowercase hex; write(string, 'hex') sends the
// decoded bytes.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const chunks = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write('FF00', 'hex');
  socket.once('data', common.mustCall(() => {
    socket.end('7f0a', 'hex');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('hex');
  client.on('data', common.mustCall((str) => {
    chunks.push(str);
    if (chunks.length === 1) client.write('ack');
  }, 2));
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(chunks, ['ff00', '7f0a']);
});
