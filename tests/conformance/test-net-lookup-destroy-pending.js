'use strict';
// Sockets destroyed while their host name ('localhost') is still being looked up, at several
// points (same tick, nextTick, setImmediate, a 1 ms idle timeout): the late answer finds
// nothing to do, each socket emits one 'close' (false) and no 'error', and the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const count = 20;
const server = net.createServer((socket) => socket.destroy());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  let left = count;
  function done() {
    if (--left === 0) server.close(common.mustSucceed());
  }
  for (let i = 0; i < count; i++) {
    const socket = net.createConnection(server.address().port, 'localhost');
    socket.on('error', common.mustNotCall('error'));
    socket.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      done();
    }));
    const destroy = () => socket.destroy();
    switch (i % 4) {
    case 0: destroy(); break;
    case 1: process.nextTick(destroy); break;
    case 2: setImmediate(destroy); break;
    default: socket.setTimeout(1, destroy); break;
    }
  }
}));
