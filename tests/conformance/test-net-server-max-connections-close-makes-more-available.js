'use strict';
// Node's test-net-server-max-connections-close-makes-more-available.js: maxConnections 1;
// of connections 0 and 1 only 0 gets through; once 0 has ended, 2 gets through and 3 not.
// Every client sends its message; the server receives only 0's and 2's.
const common = require('./common');
const assert = require('assert');

const net = require('net');

const connections = [];
const received = [];
const sent = [];

function createConnection(index) {
  return new Promise(function(resolve, reject) {
    const connection = net.createConnection(server.address().port, function() {
      const msg = String(index);
      this.write(msg);
      sent.push(msg);
    });

    connection.on('error', function(err) {
      assert.strictEqual(err.code, 'ECONNRESET');
      resolve();
    });

    connection.on('data', function(e) {
      resolve();
    });

    connection.on('end', function() {
      resolve();
    });

    connections[index] = connection;
  });
}

function closeConnection(index) {
  return new Promise(function(resolve, reject) {
    connections[index].on('end', function() {
      resolve();
    });
    connections[index].end();
  });
}

const server = net.createServer(function(socket) {
  socket.on('data', function(data) {
    received.push(String(data));
    socket.write('acknowledged');
  });
});

server.maxConnections = 1;

server.listen(0, function() {
  createConnection(0)
    .then(createConnection.bind(null, 1))
    .then(closeConnection.bind(null, 0))
    .then(createConnection.bind(null, 2))
    .then(createConnection.bind(null, 3))
    .then(server.close.bind(server))
    .then(closeConnection.bind(null, 2));
});

process.on('exit', function() {
  // Confirm that all connections tried to send data...
  assert.deepStrictEqual(sent, ['0', '1', '2', '3']);
  // ...but that only connections 0 and 2 were successful.
  assert.deepStrictEqual(received, ['0', '2']);
});

process.on('unhandledRejection', common.mustNotCall('A promise in the chain rejected'));
