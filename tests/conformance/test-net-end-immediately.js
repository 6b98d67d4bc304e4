'use strict';
// A client that ends right in its connect callback without writing: the server socket gets
// 'end' and no 'data'; bytesRead stays 0 on both sides.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustNotCall('no data was sent'));
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, 0);
  }));
  socket.on('close', common.mustCall(() => server.close()));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end();
  }));
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall());
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesRead, 0);
    assert.strictEqual(client.bytesWritten, 0);
  }));
}));
