'use strict';
// server.maxConnections = 1: a second connection is accepted by the kernel, then closed by
// the server without a 'connection' event (the client sees connect, end, close); the first
// connection is unaffected, and getConnections() counts only it.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
}, 1));
assert.strictEqual(server.maxConnections, undefined);
server.maxConnections = 1;
assert.strictEqual(server.maxConnections, 1);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const events = [];
    const second = net.connect(port, '127.0.0.1', common.mustCall(() => events.push('connect')));
    second.on('data', common.mustNotCall('dropped connection got data'));
    second.on('end', common.mustCall(() => events.push('end')));
    second.on('close', common.mustCall((hadError) => {
      events.push('close:' + hadError);
      assert.deepStrictEqual(events, ['connect', 'end', 'close:false']);
      server.getConnections(common.mustSucceed((count) => {
        assert.strictEqual(count, 1);
        first.end();
      }));
    }));
  }));
  first.resume();
  first.on('close', common.mustCall(() => server.close()));
}));
