'use strict';
// A proxy between two connections: the proxy server pipes each accepted socket to a
// connection to a backend echo server and back (socket.pipe(upstream).pipe(socket)).
// 2 MiB through it arrive intact and in order; the ends propagate (end: true) so every
// socket closes and both servers close by themselves. The proxy allows half-open sockets, or
// the client's end would end the way back before the echo has come through.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const total = 2 * 1024 * 1024;
const backend = net.createServer((socket) => socket.pipe(socket));
const proxy = net.createServer({ allowHalfOpen: true }, (socket) => {
  const upstream = net.connect(backend.address().port, '127.0.0.1');
  socket.pipe(upstream).pipe(socket);
});

backend.listen(0, '127.0.0.1', common.mustCall(() => {
  proxy.listen(common.socketPath('pipe-proxy'), common.mustCall(() => {
    const client = net.connect(proxy.address());
    const data = Buffer.alloc(total);
    for (let i = 0; i < total; i++) data[i] = (i * 31 + (i >> 12)) & 0xff;
    const parts = [];
    let received = 0;
    client.on('data', (d) => { parts.push(d); received += d.length; });
    client.end(data);
    client.on('end', common.mustCall(() => {
      assert.strictEqual(received, total);
      assert.ok(Buffer.concat(parts).equals(data), 'data differs');
    }));
    client.on('close', common.mustCall(() => {
      proxy.close(common.mustCall());
      backend.close(common.mustCall());
    }));
  }));
}));
common.watchdog(25000);
