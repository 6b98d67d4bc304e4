'use strict';
// createConnection({timeout}) sets the idle timeout before connecting: 'timeout' fires on
// the idle connection and socket.timeout has the value.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.createConnection({ port: server.address().port, host: '127.0.0.1',
                                        timeout: 300 });
  assert.strictEqual(client.timeout, 300);
  const events = [];
  client.on('connect', common.mustCall(() => events.push('connect')));
  client.on('timeout', common.mustCall(() => {
    events.push('timeout');
    assert.deepStrictEqual(events, ['connect', 'timeout']);
    client.end();
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
