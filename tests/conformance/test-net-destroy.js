'use strict';
// socket.destroy(): returns the socket, 'close' comes once with hadError false, destroyed and
// readyState change at once, a second destroy() is harmless, and the peer sees 'end', 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const peerEvents = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => peerEvents.push('end')));
  socket.on('close', common.mustCall((hadError) => {
    peerEvents.push('close:' + hadError);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.destroyed, false);
    assert.strictEqual(client.destroy(), client);
    assert.strictEqual(client.destroyed, true);
    assert.strictEqual(client.readyState, 'closed');
    client.destroy();
  }));
  client.on('end', common.mustNotCall('a destroyed socket does not emit end'));
  client.on('error', common.mustNotCall());
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

process.on('exit', () => {
  assert.deepStrictEqual(peerEvents, ['end', 'close:false']);
});
