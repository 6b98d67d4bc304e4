'use strict';
// Without setEncoding, 'data' delivers Buffers; setEncoding('utf8') switches the same socket
// to strings; setEncoding() returns the socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write('one');
  socket.on('data', common.mustCall(() => socket.end('two'), 1));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  client.on('data', common.mustCall((d) => {
    n++;
    if (n === 1) {
      assert.ok(Buffer.isBuffer(d), 'first chunk is a Buffer');
      assert.ok(d instanceof Uint8Array);
      assert.strictEqual(d.toString(), 'one');
      assert.strictEqual(client.setEncoding('utf8'), client);
      client.write('next');
    } else {
      assert.strictEqual(d, 'two');
    }
  }, 2));
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));
