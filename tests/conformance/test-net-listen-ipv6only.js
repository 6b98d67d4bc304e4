'use strict';
// Node's test-net-listen-ipv6only.js: listen({host: '::', ipv6Only: true}) turns dual-stack
// off: a connect to 0.0.0.0 on its port is refused. Skipped where :: cannot be bound.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const host = '::';
const server = net.createServer();
server.on('error', () => common.skip('no IPv6 support'));
server.listen({
  host,
  port: 0,
  ipv6Only: true,
}, common.mustCall(() => {
  const { port } = server.address();
  const socket = net.connect({
    host: '0.0.0.0',
    port,
  });

  socket.on('connect', common.mustNotCall());
  socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    server.close();
  }));
}));
