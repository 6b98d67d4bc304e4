'use strict';
// Twenty concurrent clients against one echo server: the server sees twenty 'connection'
// events and getConnections() reports 20 once all are accepted; each client then gets its
// own data back, and the server closes after the last one.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const N = 20;
const clients = [];
let accepted = 0;

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end());
  if (++accepted < N) return;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, N);
    // Everybody is connected: now talk.
    clients.forEach((c, j) => c.write('client ' + j));
  }));
}, N));
server.on('close', common.mustCall());

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let open = N;
  for (let i = 0; i < N; i++) {
    const client = net.connect(server.address().port, '127.0.0.1');
    clients.push(client);
    let got = '';
    client.setEncoding('utf8');
    client.on('data', (d) => {
      got += d;
      if (got === 'client ' + i) client.end();
    });
    client.on('close', common.mustCall(() => {
      assert.strictEqual(got, 'client ' + i);
      if (--open === 0) server.close();
    }));
  }
}));
