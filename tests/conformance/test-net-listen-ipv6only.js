'use strict';
// After Node's test-net-listen-ipv6only.js: listen({host: '::', ipv6Only: true}) turns
// dual-stack off, so the IPv4 side of its port stays free. Node's test connects to 0.0.0.0 on
// that port and expects a refusal, which a parallel test's IPv4 listener can take; here a
// second server takes the IPv4 side itself (EADDRINUSE if ipv6Only were ignored) and gets the
// IPv4 connection that the IPv6-only server must not see. Skipped where :: cannot be bound.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const v6only = net.createServer(common.mustNotCall('an IPv4 connection on the IPv6-only server'));
v6only.on('error', () => common.skip('no IPv6 support'));
v6only.listen({ host: '::', port: 0, ipv6Only: true }, common.mustCall(() => {
  const { port } = v6only.address();
  const v4 = net.createServer(common.mustCall((conn) => {
    conn.end();
  }));
  v4.listen(port, '0.0.0.0', common.mustCall(() => {
    assert.strictEqual(v4.address().port, port);
    const socket = net.connect({ host: '0.0.0.0', port }, common.mustCall(() => {
      assert.strictEqual(socket.remotePort, port);
      socket.resume();
    }));
    socket.on('close', common.mustCall(() => {
      v4.close();
      v6only.close();
    }));
  }));
}));
