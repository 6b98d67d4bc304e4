'use strict';
// write() compares writableLength with the high-water mark, and a queued string counts its
// characters, not its bytes: 6000 euro signs (18000 bytes) are below 16384 and write() says
// true; 'drain' follows only a write that said false.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const answers = [];
  answers.push(client.write('\u20ac'.repeat(6000)), client.writableLength);
  answers.push(client.write('\u20ac'.repeat(6000)), client.writableLength);
  answers.push(client.write('\u20ac'.repeat(5000)), client.writableLength);
  assert.deepStrictEqual(answers, [true, 6000, true, 12000, false, 17000]);
  client.on('drain', common.mustCall(() => {
    assert.strictEqual(client.writableLength, 0);
    // Again once connected, against an empty queue: characters decide.
    assert.strictEqual(client.write('\u20ac'.repeat(6000)), true);
    client.end();
  }));
}));
