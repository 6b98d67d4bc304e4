'use strict';
// allowHalfOpen false (the default) over TCP: when the client half-closes, the server socket
// ends its side by itself after 'end' (the script never calls end() on it) and both sides
// close cleanly.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const serverEvents = [];
const clientEvents = [];

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.allowHalfOpen, false);
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    serverEvents.push('end');
    assert.strictEqual(got, 'request');
  }));
  socket.on('close', common.mustCall((hadError) => {
    serverEvents.push('close:' + hadError);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end('request');
  }));
  client.on('data', common.mustNotCall('server sent nothing'));
  client.on('end', common.mustCall(() => clientEvents.push('end')));
  client.on('close', common.mustCall((hadError) => clientEvents.push('close:' + hadError)));
}));

process.on('exit', () => {
  assert.deepStrictEqual(serverEvents, ['end', 'close:false']);
  assert.deepStrictEqual(clientEvents, ['end', 'close:false']);
});
