'use strict';
// Idle timeouts work on Unix domain sockets too: the server socket's timeout fires, and the
// server ends the connection from the timeout handler.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('to');
const server = net.createServer(common.mustCall((socket) => {
  const start = Date.now();
  socket.setTimeout(60, common.mustCall(() => {
    assert.ok(Date.now() - start >= 50);
    socket.end('timed out');
  }));
}));

server.listen(path, common.mustCall(() => {
  const client = net.connect(path);
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => assert.strictEqual(got, 'timed out')));
  client.on('close', common.mustCall(() => server.close()));
}));
