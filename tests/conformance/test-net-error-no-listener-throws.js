'use strict';
// An 'error' event without a listener is thrown: here it reaches
// process.on('uncaughtException') with the ECONNREFUSED error, and the socket still closes.
const common = require('./common');
const assert = require('assert');
const net = require('net');

process.on('uncaughtException', common.mustCall((err) => {
  common.checkError(err, { code: 'ECONNREFUSED', syscall: 'connect' });
}));

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    const client = net.connect(port, '127.0.0.1');
    assert.strictEqual(client.listenerCount('error'), 0);
  }));
}));
