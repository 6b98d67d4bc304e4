'use strict';
// socket.setTimeout() past 2^31 - 1 ms: Node keeps the given value in socket.timeout, truncates
// the timer and says so with a TimeoutOverflowWarning (Node's getTimerDuration()).
const common = require('./common');
const assert = require('assert');
const net = require('net');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert.strictEqual(warning.message, '2147483648 does not fit into a 32-bit signed integer.' +
                                      '\nTimer duration was truncated to 2147483647.');
}));

const socket = new net.Socket();
assert.strictEqual(socket.setTimeout(2147483648), socket);
assert.strictEqual(socket.timeout, 2147483648);
socket.setTimeout(2147483647);  // the largest value that fits: no warning
socket.setTimeout(0);
