'use strict';
// bytesRead and bytesWritten count bytes, not characters: a utf8 string with multi-byte
// characters, a Buffer and a hex string; both directions, checked on both ends at 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const toServer = Buffer.concat([Buffer.from('h\u00e9llo \u20ac'), Buffer.from([1, 2, 3]),
                                Buffer.from('beef', 'hex')]);
const toClient = Buffer.from('\ud83d\ude00 ok');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.bytesRead, 0);
  assert.strictEqual(socket.bytesWritten, 0);
  socket.resume();
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, toServer.length);
    socket.end('\ud83d\ude00 ok');
  }));
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, toServer.length);
    assert.strictEqual(socket.bytesWritten, toClient.length);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 0);
    client.write('h\u00e9llo \u20ac');
    client.write(Buffer.from([1, 2, 3]));
    client.end('beef', 'hex');
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, toServer.length);
    assert.strictEqual(client.bytesRead, toClient.length);
  }));
}));
