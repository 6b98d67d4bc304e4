'use strict';
// Node's test-net-socket-local-address.js: one Socket connected twice in turn (from 'close'):
// its localPort each time is the remotePort the server saw.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let conns = 0;
const clientLocalPorts = [];
const serverRemotePorts = [];
const client = new net.Socket();
const server = net.createServer((socket) => {
  serverRemotePorts.push(socket.remotePort);
  socket.end();
});

server.on('close', common.mustCall(() => {
  assert.deepStrictEqual(clientLocalPorts, serverRemotePorts,
                         'client and server should agree on the ports used');
  assert.strictEqual(conns, 2);
}));

server.listen(0, '127.0.0.1', connect);

function connect() {
  if (conns === 2) {
    server.close();
    return;
  }

  conns++;
  client.once('close', connect);
  client.connect(server.address().port, '127.0.0.1', () => {
    clientLocalPorts.push(client.localPort);
  });
}
