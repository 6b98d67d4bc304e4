'use strict';
// remoteAddress / remotePort / remoteFamily / localAddress / localPort and socket.address()
// on both ends of a TCP connection mirror each other; before connecting they are undefined.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let serverSide;
const server = net.createServer(common.mustCall((socket) => {
  serverSide = {
    remoteAddress: socket.remoteAddress,
    remotePort: socket.remotePort,
    remoteFamily: socket.remoteFamily,
    localAddress: socket.localAddress,
    localPort: socket.localPort,
    address: socket.address()
  };
  socket.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = new net.Socket();
  assert.strictEqual(client.remoteAddress, undefined);
  assert.strictEqual(client.remotePort, undefined);
  assert.strictEqual(client.localAddress, undefined);
  assert.strictEqual(client.localPort, undefined);
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(typeof client.localPort, 'number');
    assert.ok(client.localPort > 0);
    assert.deepStrictEqual(client.address(),
                           { address: '127.0.0.1', family: 'IPv4', port: client.localPort });
    client.on('end', common.mustCall(() => {
      assert.deepStrictEqual(serverSide, {
        remoteAddress: '127.0.0.1',
        remotePort: client.localPort,
        remoteFamily: 'IPv4',
        localAddress: '127.0.0.1',
        localPort: port,
        address: { address: '127.0.0.1', family: 'IPv4', port: port }
      });
    }));
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
