'use strict';
// Node's test-net-listen-invalid-port.js (nodejs/node#5727): every listen() form refuses the
// port 2^32 - 1 with a RangeError ERR_SOCKET_BAD_PORT.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const invalidPort = -1 >>> 0;

// (Node's check of the internal _connectionKey of a listen(0) server is left out: netbench
// has no cluster module to key servers for.)

// The first argument is a configuration object
assert.throws(() => {
  net.Server().listen({ port: invalidPort }, common.mustNotCall());
}, {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError'
});

// The first argument is the port, no IP given.
assert.throws(() => {
  net.Server().listen(invalidPort, common.mustNotCall());
}, {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError'
});

// The first argument is the port, the second an IP.
assert.throws(() => {
  net.Server().listen(invalidPort, '0.0.0.0', common.mustNotCall());
}, {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError'
});
