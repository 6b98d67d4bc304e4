'use strict';
// Node's test-net-during-close.js: reading remoteAddress, remoteFamily and remotePort of a
// client still connecting to a server that was just closed does not throw; process.exit()
// from there ends the run.
require('./common');
const assert = require('assert');
const net = require('net');
let accessedProperties = false;

const server = net.createServer(function(socket) {
  socket.end();
});

server.listen(0, function() {
  const client = net.createConnection(this.address().port);
  server.close();
  // The server's 'connection' has not fired yet; the client is still connecting.
  assert.doesNotThrow(function() {
    client.remoteAddress;
    client.remoteFamily;
    client.remotePort;
  });
  accessedProperties = true;
  // Exit now, do not wait for the client's error event.
  process.exit(0);
});

process.on('exit', function() {
  assert(accessedProperties);
});
