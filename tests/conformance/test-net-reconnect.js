'use strict';
// Node's test-net-reconnect.js: one client connected 51 times in turn from its own 'close'
// (hadError false on both ends): each time the server's hello arrives, 'end' and 'close'.
require('./common');
const assert = require('assert');

const net = require('net');

const N = 50;
let clientRecvCount = 0;
let clientEndCount = 0;
let disconnectCount = 0;

const server = net.createServer(function(socket) {
  socket.resume();
  socket.write('hello\r\n');

  socket.on('end', function() {
    socket.end();
  });

  socket.on('close', function(hadError) {
    assert.strictEqual(hadError, false);
  });
});

server.listen(0, function() {
  const client = net.createConnection(this.address().port);

  client.setEncoding('UTF8');

  client.on('data', function(chunk) {
    clientRecvCount += 1;
    assert.strictEqual(chunk, 'hello\r\n');
    client.end();
  });

  client.on('end', function() {
    clientEndCount++;
  });

  client.on('close', function(hadError) {
    assert.strictEqual(hadError, false);
    if (disconnectCount++ < N)
      client.connect(server.address().port); // reconnect
    else
      server.close();
  });
});

process.on('exit', function() {
  assert.strictEqual(disconnectCount, N + 1);
  assert.strictEqual(clientRecvCount, N + 1);
  assert.strictEqual(clientEndCount, N + 1);
});
