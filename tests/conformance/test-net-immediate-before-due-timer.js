'use strict';
// Inside an I/O callback ('connection', 'data'), setImmediate runs before a setTimeout(0) even
// when the timer is already due as the callback returns (the callback ran for 5 ms): libuv's
// check phase follows its poll phase, and timers wait for the next pass.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function busyFor(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* the timer falls due meanwhile */ }
}

const order = [];
const server = net.createServer(common.mustCall((socket) => {
  setTimeout(common.mustCall(() => order.push('connection: timeout 0')), 0);
  setImmediate(common.mustCall(() => order.push('connection: immediate')));
  busyFor(5);
  socket.on('data', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      order.push('data: timeout 0');
      socket.end();
    }), 0);
    setImmediate(common.mustCall(() => {
      order.push('data: immediate');
      setImmediate(common.mustCall(() => order.push('data: immediate from immediate')));
    }));
    process.nextTick(() => busyFor(5));
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    setTimeout(() => client.write('x'), 20);
  }));
  client.resume();
  client.on('end', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 2), ['connection: immediate', 'connection: timeout 0']);
  assert.deepStrictEqual(order.slice(2, 4), ['data: immediate', 'data: timeout 0']);
  assert.strictEqual(order[4], 'data: immediate from immediate');
});
