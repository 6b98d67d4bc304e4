'use strict';
// server.close() with a connection open: listening becomes false at once and new connections
// are refused, but 'close' (and the close callback, after earlier 'close' listeners) waits
// until the last connection has ended. Node emits the server's 'close' after that socket's
// 'end' and before the socket's own 'close' event.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
let client;
let port;

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => events.push('socket-end')));
  socket.on('close', common.mustCall(() => events.push('socket-close')));

  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    events.push('close-callback');
  }));
  events.push('close() returned');
  assert.strictEqual(server.listening, false);
  assert.strictEqual(server.address(), null);

  server.getConnections(common.mustSucceed((count) => {
    events.push('connections:' + count);
    // New connections are refused now.
    const late = net.connect(port, '127.0.0.1');
    late.on('connect', common.mustNotCall('connected to a closed server'));
    late.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      events.push('late-refused');
      setTimeout(() => {
        events.push('client-end');
        client.end();
      }, 50);
    }));
  }));
}));
server.on('close', common.mustCall(() => events.push('server-close')));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  port = server.address().port;
  client = net.connect(port, '127.0.0.1');
  client.resume();
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'close() returned', 'connections:1', 'late-refused', 'client-end',
    'socket-end', 'server-close', 'close-callback', 'socket-close'
  ]);
});
