'use strict';
// The 'lookup' event: emitted for a host name, before 'connect', with (err null, address,
// family as a number, host); never emitted when the host is an IP literal.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const events = [];
  const byName = net.connect({ port: port, host: 'localhost', family: 4 });
  byName.on('lookup', common.mustCall((err, address, family, host) => {
    events.push('lookup');
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  byName.on('connect', common.mustCall(() => {
    events.push('connect');
    assert.deepStrictEqual(events, ['lookup', 'connect']);
  }));
  byName.resume();
  byName.on('close', common.mustCall(() => {
    const byIp = net.connect(port, '127.0.0.1');
    byIp.on('lookup', common.mustNotCall('lookup for an IP literal'));
    byIp.on('connect', common.mustCall());
    byIp.resume();
    byIp.on('close', common.mustCall(() => server.close()));
  }));
}));
