'use strict';
// Node's test-net-connect-options-ipv6.js: connect({family: 6, lookup}) hands family 6 to the
// lookup, connects to the ::1 it answers; allowHalfOpen keeps the client writable after the
// server's FIN. Skipped where ::1 cannot be bound.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const hostAddrIPv6 = '::1';
const HOSTNAME = 'dummy';

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall());
  socket.end();
}));

function tryConnect() {
  const connectOpt = {
    host: HOSTNAME,
    port: server.address().port,
    family: 6,
    allowHalfOpen: true,
    lookup: common.mustCall((addr, opt, cb) => {
      assert.strictEqual(addr, HOSTNAME);
      assert.strictEqual(opt.family, 6);
      cb(null, hostAddrIPv6, opt.family);
    })
  };
  const client = net.connect(connectOpt, common.mustCall(() => {
    client.resume();
    client.on('end', common.mustCall(() => {
      // Wait for next uv tick and make sure the socket stream is writable.
      setTimeout(common.mustCall(() => {
        assert(client.writable);
        client.end();
      }), 10);
    }));
    client.on('close', () => server.close());
  }));
}

const probe = net.createServer();
probe.on('error', () => common.skip('no IPv6 support'));
probe.listen(0, hostAddrIPv6, () => {
  probe.close();
  server.listen(0, hostAddrIPv6, tryConnect);
});
