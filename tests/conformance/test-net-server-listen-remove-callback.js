'use strict';
// Node's test-net-server-listen-remove-callback.js: the listen callback is a once listener:
// after a close() from it, and a second listen() with its own callback, no 'listening'
// listener is left at either 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

// Server should only fire listen callback once
const server = net.createServer();

server.on('close', common.mustCall(function() {
  const listeners = server.listeners('listening');
  assert.strictEqual(listeners.length, 0);
}, 2));

server.listen(0, common.mustCall(function() {
  server.close();
}));

server.once('close', common.mustCall(function() {
  server.listen(0, common.mustCall(function() {
    server.close();
  }));
}));
