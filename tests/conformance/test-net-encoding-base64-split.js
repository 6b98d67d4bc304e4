'use strict';
// setEncoding('base64'): the decoder emits whole 3-byte groups and holds the rest; what is
// left when the stream ends is flushed (with padding) in a 'data' event before 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write('abcd');                     // 'abc' decodes now, 'd' is held
  socket.once('data', common.mustCall(() => {
    socket.end('e');                        // 'de' is flushed on end
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('base64');
  client.on('data', common.mustCall((str) => {
    events.push(str);
    if (events.length === 1) client.write('ack');
  }, 2));
  client.on('end', common.mustCall(() => {
    events.push('end');
    client.end();
  }));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['YWJj', 'ZGU=', 'end']);
  assert.strictEqual(Buffer.from('YWJjZGU=', 'base64').toString(), 'abcde');
});
