'use strict';
// Node's test-net-dns-custom-lookup.js: a lookup option that calls dns.lookup() with the
// family changed: 'lookup' reports (null, the address, the family) and the client connects
// (IPv4; IPv6 too where ::1 can be bound).
require('./common');
const assert = require('assert');
const net = require('net');
const dns = require('dns');
let ok = false;

function check(addressType, cb) {
  const server = net.createServer(function(client) {
    client.end();
    server.close();
    cb && cb();
  });

  const address = addressType === 4 ? '127.0.0.1' : '::1';
  server.on('error', (err) => {
    // No IPv6 on this machine: nothing more to check.
    assert.strictEqual(addressType, 6);
  });
  server.listen(0, address, function() {
    net.connect({
      port: server.address().port,
      host: 'localhost',
      lookup: lookup
    }).on('lookup', function(err, ip, type) {
      if (err && addressType === 6)
        return;  // localhost has no IPv6 address here
      assert.strictEqual(err, null);
      assert.strictEqual(ip, address);
      assert.strictEqual(type, addressType);
      ok = true;
    }).on('error', (err) => {
      // localhost may have no IPv6 address here.
      assert.strictEqual(addressType, 6);
      server.close();
    });
  });

  function lookup(host, dnsopts, cb) {
    dnsopts.family = addressType;
    dns.lookup(host, dnsopts, cb);
  }
}

check(4, function() {
  check(6);
});

process.on('exit', function() {
  assert.ok(ok);
});
