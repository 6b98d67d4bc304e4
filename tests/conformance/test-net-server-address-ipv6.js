'use strict';
// IPv6 loopback: listen on ::1 gives address() { address: '::1', family: 'IPv6', port };
// a client connected over ::1 sees remoteFamily 'IPv6'. Skipped when ::1 cannot be bound.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '::1');
  assert.strictEqual(socket.remoteFamily, 'IPv6');
  assert.strictEqual(socket.localAddress, '::1');
  socket.end();
}));
server.on('error', (err) => {
  common.skip('cannot listen on ::1 (' + err.code + ')');
});
server.listen(0, '::1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  assert.ok(addr.port > 0);
  const client = net.connect({ port: addr.port, host: '::1' }, common.mustCall(() => {
    assert.strictEqual(client.remoteAddress, '::1');
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.remoteFamily, 'IPv6');
    assert.deepStrictEqual(client.address(),
                           { address: '::1', family: 'IPv6', port: client.localPort });
  }));
  client.on('lookup', common.mustNotCall('no lookup for an IP literal'));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
