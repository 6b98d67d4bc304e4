'use strict';
// Node's test-net-remote-address-port.js: a server on 'localhost' and two clients (one to
// 'localhost', one with the default host): remoteAddress, remoteFamily and remotePort on both
// ends at 'connect'/'connection', and still known at 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let conns = 0;
let connsClosed = 0;

const remoteAddrCandidates = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
const remoteFamilyCandidates = ['IPv4', 'IPv6'];

const server = net.createServer(common.mustCall(function(socket) {
  conns++;
  assert.ok(remoteAddrCandidates.includes(socket.remoteAddress));
  assert.ok(remoteFamilyCandidates.includes(socket.remoteFamily));
  assert.ok(socket.remotePort);
  assert.notStrictEqual(socket.remotePort, server.address().port);
  socket.on('end', function() {
    if (++connsClosed === 2) server.close();
  });
  socket.on('close', common.mustCall(function() {
    assert.ok(remoteAddrCandidates.includes(socket.remoteAddress));
    assert.ok(remoteFamilyCandidates.includes(socket.remoteFamily));
  }));
  socket.resume();
}, 2));

server.listen(0, 'localhost', function() {
  const port = server.address().port;
  const client = net.createConnection(port, 'localhost');
  const client2 = net.createConnection(port);
  [client, client2].forEach((c) => {
    c.on('connect', common.mustCall(function() {
      assert.ok(remoteAddrCandidates.includes(c.remoteAddress));
      assert.ok(remoteFamilyCandidates.includes(c.remoteFamily));
      assert.strictEqual(c.remotePort, port);
      c.end();
    }));
    c.on('close', common.mustCall(function() {
      assert.ok(remoteAddrCandidates.includes(c.remoteAddress));
      assert.ok(remoteFamilyCandidates.includes(c.remoteFamily));
    }));
  });
});

process.on('exit', function() {
  assert.strictEqual(conns, 2);
});
