'use strict';
// setTimeout(ms) on an idle connected socket: 'timeout' fires once (not again while the
// socket stays idle), the callback argument is a one-time 'timeout' listener, and the socket
// is left open: the user must end it.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const start = Date.now();
    const ret = client.setTimeout(50, common.mustCall(() => {
      assert.ok(Date.now() - start >= 40, 'fired too early');
      assert.strictEqual(client.destroyed, false);
      assert.strictEqual(client.listenerCount('timeout'), 1);  // the callback was once()
    }));
    assert.strictEqual(ret, client);
    assert.strictEqual(client.timeout, 50);
    client.on('timeout', common.mustCall(() => {}, 1));
    setTimeout(common.mustCall(() => {
      assert.strictEqual(client.destroyed, false);
      assert.strictEqual(client.writable, true);
      client.end();
    }), 400);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
