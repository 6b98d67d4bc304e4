'use strict';
// Node's test-net-local-address-port.js: an accepted socket's localAddress and localPort are
// the server's address and port.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall(function(socket) {
  assert.strictEqual(socket.localAddress, '127.0.0.1');
  assert.strictEqual(socket.localPort, server.address().port);
  socket.on('end', function() {
    server.close();
  });
  socket.resume();
}));

server.listen(0, '127.0.0.1', function() {
  const client = net.createConnection(this.address().port, '127.0.0.1');
  client.on('connect', function() {
    client.end();
  });
});
