'use strict';
// Node (since 18.6) emits 'drop' on the server for a connection refused because of
// maxConnections, with the local and remote address, port and family of the dropped socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
}, 1));
server.maxConnections = 1;

let dropped = null;
server.on('drop', common.mustCall((data) => { dropped = data; }));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', common.mustCall(() => {
    let secondPort = -1;
    const second = net.connect(port, '127.0.0.1', common.mustCall(() => {
      secondPort = second.localPort;
    }));
    second.resume();
    second.on('close', common.mustCall(() => {
      assert.ok(dropped !== null, "no 'drop' before the dropped socket closed");
      assert.strictEqual(dropped.localAddress, '127.0.0.1');
      assert.strictEqual(dropped.localPort, port);
      assert.strictEqual(dropped.localFamily, 'IPv4');
      assert.strictEqual(dropped.remoteAddress, '127.0.0.1');
      assert.strictEqual(dropped.remotePort, secondPort);
      assert.strictEqual(dropped.remoteFamily, 'IPv4');
      first.end();
    }));
  }));
  first.resume();
  first.on('close', common.mustCall(() => server.close()));
}));
