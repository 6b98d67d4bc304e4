'use strict';
// read() after setEncoding('utf8'): strings, never a broken character. '€' (3 bytes) and
// '😀' (4 bytes) are cut across acknowledged writes; read() returns the whole characters
// received so far, read(n) counts characters.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const euro = Buffer.from('€');
const smile = Buffer.from('😀');
const parts = [
  Buffer.concat([Buffer.from('a'), euro.slice(0, 1)]),
  Buffer.concat([euro.slice(1), smile.slice(0, 2)]),
  Buffer.concat([smile.slice(2), Buffer.from('bc')]),
];

const server = net.createServer(common.mustCall((socket) => {
  let i = 0;
  socket.setNoDelay(true);
  socket.write(parts[i++]);
  socket.on('data', () => {
    if (i < parts.length)
      socket.write(parts[i++]);
    else
      socket.end('€€');
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  client.setEncoding('utf8');
  const got = [];
  let step = 0;
  client.on('readable', common.mustCallAtLeast(() => {
    let chunk;
    while ((chunk = client.read()) !== null) {
      assert.strictEqual(typeof chunk, 'string');
      got.push(chunk);
    }
    if (got.join('') === 'a€😀bc' && step === 3)
      return;
    const text = got.join('');
    if (step === 0 && text === 'a') step = 1;
    else if (step === 1 && text === 'a€') step = 2;
    else if (step === 2 && text === 'a€😀bc') step = 3;
    else return;
    client.write('k');
  }));
  client.on('end', common.mustCall(() => {
    assert.deepStrictEqual(got, ['a', '€', '😀bc', '€€']);
    client.end();
  }));
  client.on('close', common.mustCall(() => {
    // read(n) counts characters.
    const server2 = net.createServer((s) => s.end('h€llo wörld'));
    server2.listen(0, '127.0.0.1', common.mustCall(() => {
      const c = net.connect(server2.address().port, '127.0.0.1');
      c.setEncoding('utf8');
      const pieces = [];
      c.on('readable', () => {
        let p;
        while ((p = c.read(3)) !== null)
          pieces.push(p);
      });
      c.on('end', common.mustCall(() => {
        assert.deepStrictEqual(pieces, ['h€l', 'lo ', 'wör', 'ld']);
        server2.close();
        server.close();
      }));
    }));
  }));
}));
