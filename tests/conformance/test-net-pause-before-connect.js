'use strict';
// A client paused before it connects does not start reading (Node's afterConnect() reads only
// if the socket is not paused): the peer's bytes stay in the kernel, bytesRead and
// readableLength stay 0. After resume() the ticks and microtasks queued with it run before the
// first 'data', which comes on a later turn; then 'end' and 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const order = [];
let client;
// The peer's bytes are in the client's kernel buffer once its write is done; a round trip
// over a second connection then proves the loop has polled since (a reading client would
// have read them).
const echo = net.createServer((socket) => socket.pipe(socket));
const server = net.createServer(common.mustCall((socket) => {
  socket.end('hello', common.mustCall(() => {
    const probe = net.connect(echo.address().port, '127.0.0.1', () => probe.write('x'));
    probe.on('data', common.mustCall(() => {
      probe.destroy();
      echo.close();
      whileDataWaits();
    }));
  }));
}));

function whileDataWaits() {
  assert.strictEqual(client.bytesRead, 0);
  assert.strictEqual(client.readableLength, 0);
  assert.strictEqual(client.isPaused(), true);
  client.on('data', common.mustCall((data) => {
    order.push('data ' + data);
    process.nextTick(() => order.push('tick from data'));
  }));
  client.resume();
  process.nextTick(() => order.push('tick after resume'));
  Promise.resolve().then(() => order.push('microtask after resume'));
}

echo.listen(0, '127.0.0.1', common.mustCall(() => {
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    client = net.connect(server.address().port, '127.0.0.1');
    client.pause();
    client.on('connect', common.mustCall());
    client.on('end', common.mustCall(() => order.push('end')));
    client.on('close', common.mustCall(() => {
      assert.deepStrictEqual(order, ['tick after resume', 'microtask after resume',
                                     'data hello', 'tick from data', 'end']);
      server.close();
    }));
  }));
}));
