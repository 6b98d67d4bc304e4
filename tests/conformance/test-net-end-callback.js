'use strict';
// socket.end(data, cb): data is sent, the callback runs once everything is flushed, end()
// returns the socket, a second end() is harmless, and the peer reads the data then 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'fin');
    socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const ret = client.end('fin', common.mustCall(() => {
      assert.strictEqual(client.writable, false);
    }));
    assert.strictEqual(ret, client);
    assert.strictEqual(client.writable, false);
    client.end();
  }));
  client.resume();
  client.on('error', common.mustNotCall());
  client.on('close', common.mustCall(() => server.close()));
}));
