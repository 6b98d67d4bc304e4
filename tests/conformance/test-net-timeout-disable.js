'use strict';
// setTimeout(0) disables a timeout set before: no 'timeout' event fires, and
// socket.timeout reflects the current setting.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.setTimeout(50, common.mustNotCall('timeout was disabled'));
    client.on('timeout', common.mustNotCall('timeout was disabled'));
    client.setTimeout(0);
    assert.strictEqual(client.timeout, 0);
    setTimeout(() => client.end(), 250);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
