'use strict';
// Node's test-net-socket-no-halfopen-enforcer.js: a Socket with allowHalfOpen false has one
// 'end' listener of its own (its own end-on-end), not Duplex's enforcer besides it.
require('./common');
const { Socket } = require('net');
const assert = require('assert');

const socket = new Socket({ allowHalfOpen: false });
assert.strictEqual(socket.listenerCount('end'), 1);
