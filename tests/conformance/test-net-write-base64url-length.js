'use strict';
// A string written as base64url counts its characters in writableLength, as any string
// does, and arrives as Buffer.from(string, 'base64url') decodes it (both alphabets, padding
// and stray characters accepted as Node accepts them).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const inputs = ['abcd', 'ab-_', 'ab+/', 'a', 'abc=', 'YW Jj', 'SGVsbG8'];
const expected = Buffer.concat(inputs.map((s) => Buffer.from(s, 'base64url')));

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), expected);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const lengths = inputs.map((s) => {
    client.write(s, 'base64url');
    return client.writableLength;
  });
  let total = 0;
  assert.deepStrictEqual(lengths, inputs.map((s) => (total += s.length)));
  client.end();
}));
