'use strict';
// Node's test-net-dns-lookup-skip.js: connecting to an IP literal (127.0.0.1, ::1 where it can
// be bound) emits no 'lookup'.
require('./common');
const assert = require('assert');
const net = require('net');

function check(addressType) {
  const server = net.createServer(function(client) {
    client.end();
    server.close();
  });
  server.on('error', () => assert.strictEqual(addressType, 6));  // no IPv6 here

  const address = addressType === 4 ? '127.0.0.1' : '::1';
  server.listen(0, address, function() {
    net.connect(server.address().port, address).on('lookup', assert.fail);
  });
}

check(4);
check(6);
