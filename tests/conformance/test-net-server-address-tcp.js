'use strict';
// server.address() for TCP: null before listening, then { address, family: 'IPv4', port }
// with the OS-assigned port, for listen(0, '127.0.0.1'); null again after close().
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
assert.strictEqual(server.address(), null);
assert.strictEqual(server.listening, false);
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(typeof addr, 'object');
  assert.deepStrictEqual(Object.keys(addr).sort(), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.strictEqual(typeof addr.port, 'number');
  assert.ok(addr.port > 0 && addr.port < 65536);
  server.close(common.mustCall(() => {
    assert.strictEqual(server.address(), null);
  }));
}));
