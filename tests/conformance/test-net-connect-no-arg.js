'use strict';
// Node's test-net-connect-no-arg.js: connect() without arguments, or with an empty options
// object, throws ERR_MISSING_ARGS with Node's message, through net.connect() and
// Socket#connect().
require('./common');
const assert = require('assert');
const net = require('net');

const expected = {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
};
assert.throws(() => net.connect(), expected);
assert.throws(() => new net.Socket().connect(), expected);
assert.throws(() => net.connect({}), expected);
assert.throws(() => new net.Socket().connect({}), expected);
