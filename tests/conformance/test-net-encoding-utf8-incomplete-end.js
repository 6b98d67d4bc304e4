'use strict';
// setEncoding('utf8'): a multi-byte character cut off by the end of the stream is flushed as
// U+FFFD in a last 'data' event, emitted before 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.end(Buffer.from([0x6f, 0x6b, 0xe2, 0x82]));   // 'ok' + 2 of the 3 bytes of '€'
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let text = '';
  client.on('data', common.mustCallAtLeast((str) => {
    text += str;
    events.push('data');
  }));
  client.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(text, 'ok\ufffd');
  }));
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.strictEqual(events[events.length - 1], 'end');
});
