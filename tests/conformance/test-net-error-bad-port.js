'use strict';
// Bad ports throw synchronously a RangeError ERR_SOCKET_BAD_PORT with Node's exact message,
// for connect(port), connect({port}) and listen(port) / listen({port}). A numeric string is
// a valid port; a non-numeric string given as the only argument is a Unix path, not a port.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function bad(fn, message) {
  assert.throws(fn, (err) => {
    common.checkError(err, { type: RangeError, name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
                             message: message });
    return true;
  });
}

bad(() => net.connect(-1), 'Port should be >= 0 and < 65536. Received type number (-1).');
bad(() => net.connect(65536), 'Port should be >= 0 and < 65536. Received type number (65536).');
bad(() => net.connect({ port: 'abc' }),
    "Port should be >= 0 and < 65536. Received type string ('abc').");
bad(() => net.createConnection({ port: -1, host: '127.0.0.1' }),
    'Port should be >= 0 and < 65536. Received type number (-1).');
bad(() => net.connect(1.5), 'Port should be >= 0 and < 65536. Received type number (1.5).');
bad(() => new net.Socket().connect(65536, '127.0.0.1'),
    'Port should be >= 0 and < 65536. Received type number (65536).');

bad(() => net.createServer().listen(-1),
    'options.port should be >= 0 and < 65536. Received type number (-1).');
bad(() => net.createServer().listen(65536),
    'options.port should be >= 0 and < 65536. Received type number (65536).');
bad(() => net.createServer().listen({ port: 'abc' }),
    "options.port should be >= 0 and < 65536. Received type string ('abc').");

// '0' as a string is a valid port.
const server = net.createServer();
server.listen('0', '127.0.0.1', common.mustCall(() => {
  assert.ok(server.address().port > 0);
  server.close();
}));
