'use strict';
// Node's test-net-socket-connect-without-cb.js: socket.connect(server.address()) without a
// callback connects ('connect' event): its family 'IPv4' is taken (the server listens on
// 127.0.0.1, as Node's test does where IPv6 is missing; localhost has no IPv6 address here).
const common = require('./common');
const net = require('net');

const server = net.createServer(common.mustCall(function(conn) {
  conn.end();
  server.close();
})).listen(0, '127.0.0.1', common.mustCall(function() {
  const client = new net.Socket();

  client.on('connect', common.mustCall(function() {
    client.end();
  }));

  client.connect(server.address());
}));
