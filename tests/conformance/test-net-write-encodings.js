'use strict';
// write(string, encoding) and end(string, encoding) encode with utf8 (the default), hex,
// base64, latin1 and utf16le; the peer receives exactly those bytes, as Buffers.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (d) => {
    assert.ok(Buffer.isBuffer(d));
    chunks.push(d);
  });
  socket.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    const expected = Buffer.concat([
      Buffer.from([0xc3, 0xa9]),
      Buffer.from([0xde, 0xad, 0xbe, 0xef]),
      Buffer.from('hello'),
      Buffer.from([0xe9]),
      Buffer.from([0x68, 0x00, 0x69, 0x00]),
      Buffer.from([0x01, 0x02]),
      Buffer.from('!')
    ]);
    assert.deepStrictEqual(all, expected);
    assert.strictEqual(all.toString('hex'), expected.toString('hex'));
    socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write('\u00e9');
    client.write('deadbeef', 'hex');
    client.write('aGVsbG8=', 'base64');
    client.write('\u00e9', 'latin1');
    client.write('hi', 'utf16le');
    client.write(new Uint8Array([1, 2]));
    client.end('!', 'utf8');
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
