'use strict';
// setNoDelay and setKeepAlive on connected sockets (both ends) return the socket and do not
// disturb the data; small writes with setNoDelay(true) arrive promptly.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.setNoDelay(true), socket);
  assert.strictEqual(socket.setKeepAlive(true, 500), socket);
  socket.setEncoding('utf8');
  let got = '';
  socket.on('data', (d) => {
    got += d;
    socket.write(d);
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'abc');
    socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.setNoDelay(true), client);
    assert.strictEqual(client.setKeepAlive(true), client);
    assert.strictEqual(client.setKeepAlive(false, 0), client);
    client.write('a');
  }));
  let echoed = '';
  client.setEncoding('utf8');
  client.on('data', (d) => {
    echoed += d;
    if (echoed === 'a') client.write('b');
    else if (echoed === 'ab') client.end('c');
  });
  client.on('end', common.mustCall(() => assert.strictEqual(echoed, 'abc')));
  client.on('close', common.mustCall(() => server.close()));
}));
