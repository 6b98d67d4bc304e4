'use strict';
// read(n) returns exactly n bytes, taken across chunks that arrived separately (each write
// is acknowledged before the next), or null while fewer than n are buffered; read(0) returns
// null and reads nothing; after the end read(n) returns what is left, then null. n above the
// high-water mark raises readableHighWaterMark to the next power of two.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const pieces = ['abc', 'defgh', 'ij', 'klmnopqrstu'];
const server = net.createServer(common.mustCall((socket) => {
  let i = 0;
  socket.setNoDelay(true);
  socket.write(pieces[i++]);
  socket.on('data', () => {  // the client acknowledges each piece
    if (i < pieces.length)
      socket.write(pieces[i++]);
    else
      socket.end('vwxyz');
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  const got = [];
  let acked = 0;
  let ended = false;
  client.on('readable', common.mustCallAtLeast(() => {
    assert.strictEqual(client.read(0), null);
    let chunk;
    while ((chunk = client.read(4)) !== null) {
      got.push(chunk.toString());
      if (chunk.length !== 4) {
        assert.strictEqual(chunk.toString(), 'yz');  // at the end: the rest
        assert.strictEqual(client.read(4), null);
        return;
      }
    }
    if (ended)
      return;
    // Fewer than 4 bytes wait in the socket.
    assert.ok(client.readableLength < 4);
    if (acked < pieces.length) {
      acked++;
      client.write('k');
    }
  }));
  client.on('end', common.mustCall(() => {
    ended = true;
    assert.deepStrictEqual(got, ['abcd', 'efgh', 'ijkl', 'mnop', 'qrst', 'uvwx', 'yz']);
    assert.strictEqual(client.read(), null);
    client.end();
  }));
  client.on('close', common.mustCall(() => {
    // A bigger read(n) than the high-water mark raises it.
    const s = new net.Socket();
    assert.strictEqual(s.readableHighWaterMark, 16384);
    assert.strictEqual(s.read(20000), null);
    assert.strictEqual(s.readableHighWaterMark, 32768);
    server.close();
  }));
}));
