'use strict';
// Node's test-net-server-options.js: createServer() with a string or a number as its options
// throws a TypeError (Node 20: ERR_INVALID_ARG_TYPE).
require('./common');
const assert = require('assert');
const net = require('net');

assert.throws(function() { net.createServer('path'); },
              { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function() { net.createServer(0); },
              { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
