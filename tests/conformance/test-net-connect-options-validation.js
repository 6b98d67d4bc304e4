'use strict';
// connect() checks its options as Node's does, at the call: a port of the wrong type is
// ERR_INVALID_ARG_TYPE (only a missing one is ERR_MISSING_ARGS), and objectMode,
// autoSelectFamily, autoSelectFamilyAttemptTimeout, signal, keepAliveInitialDelay, hints and
// family are validated with Node's messages.
require('./common');
const assert = require('assert');
const net = require('net');

function throwsWith(fn, code, name, message) {
  assert.throws(fn, (error) => {
    assert.strictEqual(error.code, code);
    assert.strictEqual(error.name, name);
    assert.strictEqual(error.message, message);
    return true;
  });
}

const portType = 'The "options.port" property must be one of type number or string. Received ';
throwsWith(() => net.connect({ port: true }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'type boolean (true)');
throwsWith(() => net.connect({ port: false }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'type boolean (false)');
throwsWith(() => net.connect({ port: null }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'null');
throwsWith(() => net.connect({ port: [] }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'an instance of Array');
throwsWith(() => net.connect({ port: {} }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'an instance of Object');
throwsWith(() => net.connect(true), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           portType + 'type boolean (true)');
const missing = 'The "options" or "port" or "path" argument must be specified';
throwsWith(() => net.connect({}), 'ERR_MISSING_ARGS', 'TypeError', missing);
throwsWith(() => net.connect({ port: undefined }), 'ERR_MISSING_ARGS', 'TypeError', missing);
throwsWith(() => new net.Socket().connect({ path: null }), 'ERR_MISSING_ARGS', 'TypeError',
           missing);

throwsWith(() => new net.Socket({ objectMode: true }), 'ERR_INVALID_ARG_VALUE', 'TypeError',
           "The property 'options.objectMode' is not supported. Received true");
throwsWith(() => net.connect({ port: 1, readableObjectMode: 1 }), 'ERR_INVALID_ARG_VALUE',
           'TypeError', "The property 'options.readableObjectMode' is not supported. Received 1");
throwsWith(() => new net.Socket({ writableObjectMode: true }), 'ERR_INVALID_ARG_VALUE',
           'TypeError', "The property 'options.writableObjectMode' is not supported. Received true");
throwsWith(() => new net.Socket({ keepAliveInitialDelay: 'x' }), 'ERR_INVALID_ARG_TYPE',
           'TypeError',
           'The "options.keepAliveInitialDelay" property must be of type number. ' +
           "Received type string ('x')");

throwsWith(() => net.connect({ port: 1, host: '127.0.0.1', autoSelectFamily: 1 }),
           'ERR_INVALID_ARG_TYPE', 'TypeError',
           'The "options.autoSelectFamily" property must be of type boolean. ' +
           'Received type number (1)');
throwsWith(() => net.connect({ port: 1, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 'x' }),
           'ERR_INVALID_ARG_TYPE', 'TypeError',
           'The "options.autoSelectFamilyAttemptTimeout" property must be of type number. ' +
           "Received type string ('x')");
throwsWith(() => net.connect({ port: 1, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: 0 }),
           'ERR_OUT_OF_RANGE', 'RangeError',
           'The value of "options.autoSelectFamilyAttemptTimeout" is out of range. ' +
           'It must be >= 1 && <= 2147483647. Received 0');

throwsWith(() => net.connect({ port: 1, host: '127.0.0.1', signal: 1 }), 'ERR_INVALID_ARG_TYPE',
           'TypeError',
           'The "signal" argument must be an instance of AbortSignal. Received type number (1)');
throwsWith(() => new net.Socket({ signal: {} }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           'The "signal" argument must be an instance of AbortSignal. ' +
           'Received an instance of Object');

throwsWith(() => net.connect({ port: 1, host: 'localhost', hints: 'x' }), 'ERR_INVALID_ARG_TYPE',
           'TypeError', 'The "options.hints" property must be of type number. ' +
           "Received type string ('x')");
throwsWith(() => net.connect({ port: 1, host: 'localhost', hints: 12345 }),
           'ERR_INVALID_ARG_VALUE', 'TypeError', "The argument 'hints' is invalid. Received 12345");
throwsWith(() => net.connect({ port: 1, host: 5 }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
           'The "hostname" argument must be of type string. Received type number (5)');

// What Node accepts: the options with valid values, and a falsy signal.
const accepted = [
  net.connect({ port: 1, host: '127.0.0.1', autoSelectFamily: false,
                autoSelectFamilyAttemptTimeout: 5, signal: null }),
  new net.Socket({ objectMode: false, signal: undefined, keepAliveInitialDelay: -5 }),
];
accepted.forEach((socket) => {
  socket.on('error', () => {});
  socket.destroy();
});
