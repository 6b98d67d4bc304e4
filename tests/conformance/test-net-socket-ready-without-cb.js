'use strict';
// Node's test-net-socket-ready-without-cb.js: connect(server.address()) without a callback
// emits 'ready' (the server on 'localhost').
const common = require('./common');
const net = require('net');

const server = net.createServer(common.mustCall(function(conn) {
  conn.end();
  server.close();
})).listen(0, 'localhost', common.mustCall(function() {
  const client = new net.Socket();

  client.on('ready', common.mustCall(function() {
    client.end();
  }));

  client.connect(server.address());
}));
