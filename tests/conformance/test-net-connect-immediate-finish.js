'use strict';
// Node's test-net-connect-immediate-finish.js: end() right after connect() to a host that does
// not resolve: the lookup error still arrives as 'error'. (Node's test asks DNS for a name that
// does not exist; here a lookup function answers ENOTFOUND, so nothing leaves the machine.)
const common = require('./common');
const assert = require('assert');
const net = require('net');

const client = net.connect({
  host: 'no.way.you.will.resolve.this',
  port: 80,
  lookup(host, options, callback) {
    const error = new Error('getaddrinfo ENOTFOUND ' + host);
    error.code = 'ENOTFOUND';
    setImmediate(callback, error);
  },
});

client.once('error', common.mustCall(function(err) {
  assert.strictEqual(err.code, 'ENOTFOUND');
}));

client.end();
