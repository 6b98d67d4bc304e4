'use strict';
// setEncoding('base64url'): whole 3-byte groups in the URL-safe alphabet ('-' and '_'), the
// rest held; what is left when the stream ends is flushed without '=' padding before 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write(Buffer.from([0xfb, 0xff, 0xfe, 0x01]));   // '-__-' now, 0x01 is held
  socket.once('data', common.mustCall(() => {
    socket.end(Buffer.from([0xff]));                       // 0x01 0xff is flushed on end
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('base64url');
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
  assert.deepStrictEqual(events, ['-__-', 'Af8', 'end']);
});
