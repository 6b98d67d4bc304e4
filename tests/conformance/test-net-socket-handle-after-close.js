'use strict';
// What a socket shows of its handle, as Node's: _handle is null until connect() makes one and
// again once the socket is destroyed; `_connecting` mirrors `connecting`. After destroy,
// address() is {} and localAddress/localPort/localFamily are undefined (they ask the handle),
// while remoteAddress/remotePort/remoteFamily keep the peer if it was read while connected
// (Node caches it on the first read: a socket never asked has undefined ones); the setters
// and getters still answer without throwing.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const fresh = new net.Socket();
assert.strictEqual(fresh._handle, null);
assert.deepStrictEqual(fresh.address(), {});
assert.strictEqual(fresh._connecting, false);

const server = net.createServer(common.mustCall((socket) => {
  socket.end();
  socket.resume();
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.remoteAddress, undefined);  // never read while it had a handle
    assert.strictEqual(socket.remotePort, undefined);
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  assert.notStrictEqual(client._handle, null);
  assert.strictEqual(client._connecting, true);
  assert.deepStrictEqual(client.address(), {});
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client._connecting, false);
    assert.notStrictEqual(client._handle, null);
    assert.strictEqual(client.address().address, '127.0.0.1');
    assert.strictEqual(typeof client.localPort, 'number');
    assert.strictEqual(client.remotePort, port);  // remembered from here on
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client._handle, null);
    assert.deepStrictEqual(client.address(), {});
    assert.strictEqual(client.localAddress, undefined);
    assert.strictEqual(client.localPort, undefined);
    assert.strictEqual(client.localFamily, undefined);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.strictEqual(client.bufferSize, undefined);
    assert.strictEqual(client.setNoDelay(), client);
    assert.strictEqual(client.setKeepAlive(true), client);
    client.pause();
    client.resume();
    server.close();
  }));

  // Destroyed while still connecting: no handle any more, no addresses at all.
  const early = net.connect(port, '127.0.0.1');
  early.destroy();
  assert.strictEqual(early._handle, null);
  assert.deepStrictEqual(early.address(), {});
  assert.strictEqual(early.remoteAddress, undefined);
  early.on('close', common.mustCall());
}));
