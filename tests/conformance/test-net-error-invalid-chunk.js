'use strict';
// write() of something that is not a string, Buffer or Uint8Array throws TypeError
// ERR_INVALID_ARG_TYPE; connect() without port or path throws ERR_MISSING_ARGS;
// listen({}) throws ERR_INVALID_ARG_VALUE.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
assert.throws(() => socket.write(123), (err) => {
  common.checkError(err, {
    type: TypeError,
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "chunk" argument must be of type string or an instance of Buffer/
  });
  return true;
});
assert.throws(() => socket.write({}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified'
});
assert.throws(() => net.createConnection({}), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
assert.throws(() => net.createServer().listen({}), (err) => {
  common.checkError(err, {
    type: TypeError,
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'options' must have the property "port" or "path"/
  });
  return true;
});
socket.destroy();
socket.on('close', common.mustCall());
