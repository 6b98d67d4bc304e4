'use strict';
// Process lifetime and callback order around net events: a nextTick queued while 'listening'
// is emitted runs before a microtask queued there; inside an I/O callback ('connection'),
// setImmediate runs before a setTimeout(0); a ref'd timer keeps the process alive after
// everything else is closed, and the script then exits by itself.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const order = [];
const server = net.createServer(common.mustCall((socket) => {
  order.push('connection');
  setTimeout(common.mustCall(() => order.push('timeout 0')), 0);
  setImmediate(common.mustCall(() => order.push('immediate')));
  socket.end();
  server.close(common.mustCall(() => {
    order.push('closed');
    // Nothing but this timer is left; it still fires.
    setTimeout(common.mustCall(() => order.push('last timer')), 50);
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  order.push('listening');
  process.nextTick(() => order.push('nextTick'));
  queueMicrotask(() => order.push('microtask'));
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
}));

process.on('exit', () => {
  const closedAt = order.indexOf('closed');
  assert.ok(closedAt > 0);
  // 'closed' may come before or after the timers of the connection callback.
  assert.deepStrictEqual(order.filter((e) => e !== 'closed'),
                         ['listening', 'nextTick', 'microtask', 'connection',
                          'immediate', 'timeout 0', 'last timer']);
  assert.strictEqual(order[order.length - 1], 'last timer');
});
