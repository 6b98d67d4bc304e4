'use strict';
// Node's test-net-connect-call-socket-connect.js (nodejs/node#12852): net.connect() goes
// through Socket.prototype.connect, so a monkey-patched one is called.
const common = require('./common');
const net = require('net');
const Socket = net.Socket;

// Monkey patch Socket.prototype.connect to check that it's called
const orig = Socket.prototype.connect;
Socket.prototype.connect = common.mustCall(function() {
  return orig.apply(this, arguments);
});

const server = net.createServer();

server.listen(common.mustCall(function() {
  const port = server.address().port;
  const client = net.connect({ port }, common.mustCall(function() {
    client.end();
  }));
  client.on('end', common.mustCall(function() {
    server.close();
  }));
}));
