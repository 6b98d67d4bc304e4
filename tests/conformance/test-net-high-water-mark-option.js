'use strict';
// The highWaterMark option sets both sides' marks (readableHighWaterMark and
// writableHighWaterMark override one side); bad values are refused with Node's message. The
// writable mark decides when write() returns false.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const both = new net.Socket({ highWaterMark: 1024 });
assert.strictEqual(both.readableHighWaterMark, 1024);
assert.strictEqual(both.writableHighWaterMark, 1024);
const sides = new net.Socket({ readableHighWaterMark: 100, writableHighWaterMark: 200 });
assert.strictEqual(sides.readableHighWaterMark, 100);
assert.strictEqual(sides.writableHighWaterMark, 200);
const defaults = new net.Socket();
assert.strictEqual(defaults.readableHighWaterMark, 16384);
assert.strictEqual(defaults.writableHighWaterMark, 16384);
const zero = new net.Socket({ highWaterMark: 0 });
assert.strictEqual(zero.readableHighWaterMark, 0);
assert.strictEqual(zero.writableHighWaterMark, 0);

[-1, 'x', 1.5].forEach((value) => {
  assert.throws(() => new net.Socket({ highWaterMark: value }), (error) => {
    assert.strictEqual(error.code, 'ERR_INVALID_ARG_VALUE');
    assert.strictEqual(error.message, "The property 'options.readableHighWaterMark' is invalid. " +
                                      'Received ' + (typeof value === 'string' ? "'x'" : value));
    return true;
  });
});

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => server.close()));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                               highWaterMark: 64 });
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.writableHighWaterMark, 64);
    client.end();
  }));
  // Queued while connecting: 100 bytes are over a mark of 64, and so is anything after.
  assert.strictEqual(client.write(Buffer.alloc(100), common.mustSucceed()), false);
  assert.strictEqual(client.write(Buffer.alloc(10)), false);
}));
