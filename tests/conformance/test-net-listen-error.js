'use strict';
// Node's test-net-listen-error.js: listen() on an address the machine does not have
// (EADDRNOTAVAIL; binding sends nothing) is an 'error' event, never 'listening'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustNotCall());
server.listen(0, '192.0.2.1', common.mustNotCall());
server.on('error', common.mustCall(function(error) {
  assert.strictEqual(error.code, 'EADDRNOTAVAIL');
}));
