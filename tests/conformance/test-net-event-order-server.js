'use strict';
// Server-side event order: listening, connection, then the accepted socket's data, end and
// close, and finally the server's close once server.close() was called.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer();
server.on('listening', common.mustCall(() => {
  events.push('listening');
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.end('ping');
  });
  client.resume();
}));
server.on('connection', common.mustCall((socket) => {
  events.push('connection');
  socket.on('data', common.mustCallAtLeast(() => {
    if (events[events.length - 1] !== 'data') events.push('data');
  }));
  socket.on('end', common.mustCall(() => events.push('end')));
  socket.on('close', common.mustCall((hadError) => {
    events.push('socket-close:' + hadError);
    server.close();
  }));
}));
server.on('close', common.mustCall(() => events.push('close')));
server.listen(0, '127.0.0.1');

process.on('exit', () => {
  assert.deepStrictEqual(events,
                         ['listening', 'connection', 'data', 'end', 'socket-close:false', 'close']);
});
