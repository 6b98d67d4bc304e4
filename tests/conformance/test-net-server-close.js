'use strict';
// Node's test-net-server-close.js: close() with two connections, then destroying both: the
// server's 'close' and both sockets' 'close', once each (their order within the turn is not
// specified).
require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const sockets = [];

process.on('exit', function() {
  assert.strictEqual(events.length, 3);
  assert.strictEqual(events.join(' ').match(/server/g).length, 1);
  assert.strictEqual(events.join(' ').match(/client/g).length, 2);
});

const server = net.createServer(function(c) {
  c.on('close', function() {
    events.push('client');
  });

  sockets.push(c);

  if (sockets.length === 2) {
    server.close();
    sockets.forEach(function(c) { c.destroy(); });
  }
});

server.on('close', function() {
  events.push('server');
});

server.listen(0, function() {
  net.createConnection(this.address().port).on('error', () => {});
  net.createConnection(this.address().port).on('error', () => {});
});
