'use strict';
// socket.setTimeout() rejects negative and infinite values with RangeError ERR_OUT_OF_RANGE
// and non-numbers with TypeError ERR_INVALID_ARG_TYPE, with Node's messages.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
function range(value, shown) {
  assert.throws(() => socket.setTimeout(value), (err) => {
    common.checkError(err, {
      type: RangeError,
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "msecs" is out of range. It must be a non-negative finite number. ' +
               'Received ' + shown
    });
    return true;
  });
}
range(-1, '-1');
range(Infinity, 'Infinity');
assert.throws(() => socket.setTimeout('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "msecs" argument must be of type number. Received type string (\'abc\')'
});
// Valid values return the socket.
assert.strictEqual(socket.setTimeout(0), socket);
assert.strictEqual(socket.setTimeout(100), socket);
assert.strictEqual(socket.setTimeout(0), socket);
socket.destroy();
socket.on('close', common.mustCall());
