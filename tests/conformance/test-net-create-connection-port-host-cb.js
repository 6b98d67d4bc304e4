'use strict';
// net.createConnection(port, host, cb) and net.connect(port, host, cb): cb is a one-time
// 'connect' listener (not an 'error' listener); a numeric-string port works too.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  let done = 0;
  function finished() {
    if (++done === 2) server.close();
  }
  const a = net.createConnection(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, a);
    // A second 'connect' does not reach the one-time listener again.
    process.nextTick(() => a.emit('connect'));
  }));
  assert.strictEqual(a.listenerCount('error'), 0);
  a.resume();
  a.on('close', common.mustCall(finished));

  const b = net.connect(String(port), '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(b.remotePort, port);
  }));
  b.resume();
  b.on('close', common.mustCall(finished));
}));
