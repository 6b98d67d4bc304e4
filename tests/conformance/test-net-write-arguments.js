'use strict';
// Node's test-net-write-arguments.js: write(null) throws ERR_STREAM_NULL_VALUES; any other
// chunk that is no string, Buffer or Uint8Array throws ERR_INVALID_ARG_TYPE with Node's message
// (the received value described as Node does); no 'error' event.
const common = require('./common');
const net = require('net');
const assert = require('assert');
const util = require('util');
const socket = net.Stream({ highWaterMark: 0 });

// Node's common.invalidArgTypeHelper()
function invalidArgTypeHelper(input) {
  if (input == null) {
    return ` Received ${input}`;
  }
  if (typeof input === 'function' && input.name) {
    return ` Received function ${input.name}`;
  }
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${util.inspect(input, { depth: -1 })}`;
  }
  let inspected = util.inspect(input, { colors: false });
  if (inspected.length > 28) { inspected = `${inspected.slice(0, 25)}...`; }
  return ` Received type ${typeof input} (${inspected})`;
}

// Make sure that anything besides a buffer or a string throws.
socket.on('error', common.mustNotCall());
assert.throws(() => {
  socket.write(null);
}, {
  code: 'ERR_STREAM_NULL_VALUES',
  name: 'TypeError',
  message: 'May not write null values to stream'
});

[
  true,
  false,
  undefined,
  1,
  1.0,
  +Infinity,
  -Infinity,
  [],
  {}
].forEach((value) => {
  assert.throws(() => {
    socket.write(value);
  }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "chunk" argument must be of type string or an instance of ' +
              `Buffer, TypedArray, or DataView.${invalidArgTypeHelper(value)}`  // Node 20's
  });
});
