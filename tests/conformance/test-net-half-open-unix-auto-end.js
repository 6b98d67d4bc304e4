'use strict';
// allowHalfOpen false (the default) over a Unix domain socket: when the client half-closes,
// the server socket ends its side by itself and both sides close cleanly.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('hoa');
const serverEvents = [];
const clientEvents = [];

const server = net.createServer(common.mustCall((socket) => {
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

server.listen(path, common.mustCall(() => {
  const client = net.connect({ path: path }, common.mustCall(() => {
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
