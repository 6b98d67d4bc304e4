'use strict';
// unref() before connect() completes is honoured: a client unref'd right after connect(),
// to a server that is unref'd too (and unrefs what it accepts), lets the process end; ref()
// on a socket that was ref'd is a no-op returning the socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.unref());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.ref(), client);
  client.unref();
  server.unref();
  client.on('error', common.mustNotCall());
}));

process.on('exit', (code) => assert.strictEqual(code, 0));
