'use strict';
// On both ends, 'end' precedes 'close', and close reports hadError false after a clean
// shutdown; 'close' comes exactly once.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const serverEvents = [];
const clientEvents = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', common.mustCall(() => serverEvents.push('end')));
  socket.on('close', common.mustCall((hadError) => {
    serverEvents.push('close:' + hadError);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end();
  }));
  client.resume();
  client.on('end', common.mustCall(() => clientEvents.push('end')));
  client.on('close', common.mustCall((hadError) => clientEvents.push('close:' + hadError)));
}));

process.on('exit', () => {
  assert.deepStrictEqual(serverEvents, ['end', 'close:false']);
  assert.deepStrictEqual(clientEvents, ['end', 'close:false']);
});
