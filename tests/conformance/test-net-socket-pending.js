'use strict';
// socket.pending is Node's `!this._handle || this.connecting`: true before connect() and while
// connecting, false once connected and as long as the socket has its handle, including in
// 'end' and 'finish' after both sides have sent their FIN (netcore has closed by then, Node
// not yet), true again once destroyed ('close').
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.end('bye');
  socket.resume();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = new net.Socket();
  assert.strictEqual(client.pending, true);
  client.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.pending, false);
  }));
  assert.strictEqual(client.pending, true);
  client.resume();
  client.on('end', common.mustCall(() => {
    assert.strictEqual(client.pending, false);
  }));
  client.on('finish', common.mustCall(() => {
    // Both FINs have crossed, the socket is not destroyed yet.
    assert.strictEqual(client.destroyed, false);
    assert.strictEqual(client.pending, false);
  }));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.pending, true);
    server.close();
  }));
}));
