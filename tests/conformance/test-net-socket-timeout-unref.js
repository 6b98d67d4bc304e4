'use strict';
// Node's test-net-socket-timeout-unref.js: unref'd clients with idle timeouts of 2 to 8 s,
// an unref'd server and its unref'd sockets: the timeouts do not hold the process open.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(function(c) {
  c.write('hello');
  c.unref();
});
server.listen(0);
server.unref();

let timedout = false;

[8, 5, 3, 6, 2, 4].forEach(function(T) {
  const socket = net.createConnection(server.address().port, 'localhost');
  socket.setTimeout(T * 1000, function() {
    timedout = true;
    socket.destroy();
  });
  socket.unref();
});

process.on('exit', function() {
  assert.strictEqual(timedout, false, 'Socket timeout should not hold loop open');
});
