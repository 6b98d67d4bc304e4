'use strict';
// net.createServer({highWaterMark}) (Node 20): server.highWaterMark is the option (16384 by
// default, and for a negative value), and every accepted socket takes it as both its
// readableHighWaterMark and writableHighWaterMark; a client's stay the default.
const common = require('./common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.createServer().highWaterMark, 16384);
assert.strictEqual(net.createServer({ highWaterMark: -1 }).highWaterMark, 16384);
assert.strictEqual(net.createServer({ highWaterMark: 0 }).highWaterMark, 0);
assert.throws(() => net.createServer({ highWaterMark: '1' }),
              { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

const server = net.createServer({ highWaterMark: 1024 }, common.mustCall((socket) => {
  assert.strictEqual(socket.readableHighWaterMark, 1024);
  assert.strictEqual(socket.writableHighWaterMark, 1024);
  socket.write(Buffer.alloc(2000));
  socket.end();
  server.close();
}));
assert.strictEqual(server.highWaterMark, 1024);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.readableHighWaterMark, 16384);
  client.resume();
  client.on('end', common.mustCall(() => assert.strictEqual(client.bytesRead, 2000)));
}));
