'use strict';
// Node's test-net-socket-close-after-end.js: a server socket that reads its peer's data only
// 100 ms after 'readable' still emits 'end' before 'close'.
const common = require('./common');

const assert = require('assert');
const net = require('net');

const server = net.createServer();

server.on('connection', common.mustCall((socket) => {
  let endEmitted = false;

  socket.once('readable', () => {
    setTimeout(() => {
      socket.read();
    }, 100);
  });
  socket.on('end', () => {
    endEmitted = true;
  });
  socket.on('close', common.mustCall(() => {
    assert(endEmitted);
    server.close();
  }));
  socket.end('foo');
}));

server.listen(common.mustCall(() => {
  const socket = net.createConnection(server.address().port, () => {
    socket.end('foo');
  });
}));
