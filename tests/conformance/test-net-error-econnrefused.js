'use strict';
// Connecting to a port nobody listens on: 'error' with code ECONNREFUSED, Node's message
// 'connect ECONNREFUSED 127.0.0.1:PORT', errno -111 (Linux), syscall, address and port.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    const client = net.connect({ port: port, host: '127.0.0.1' });
    client.on('error', common.mustCall((err) => {
      common.checkError(err, {
        name: 'Error',
        code: 'ECONNREFUSED',
        errno: process.platform === 'linux' ? -111 : err.errno,
        syscall: 'connect',
        address: '127.0.0.1',
        port: port,
        message: 'connect ECONNREFUSED 127.0.0.1:' + port
      });
      assert.strictEqual(typeof err.errno, 'number');
      assert.ok(err.errno < 0);
    }));
    client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));
