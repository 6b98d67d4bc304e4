'use strict';
// pipe(dest, { end: false }) leaves the destination open after the source's 'end'; unpipe()
// emits 'unpipe' on the destination, pauses the source (readableFlowing false) and stops the
// flow: data after it stays in the source; with end: false the source's 'end' unpipes. The
// destination is a minimal EventEmitter sink.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const EventEmitter = require('events');

function makeSink() {
  const sink = new EventEmitter();
  sink.chunks = [];
  sink.ended = false;
  sink.write = function (c) { this.chunks.push(c.toString()); return true; };
  sink.end = function () { this.ended = true; };
  return sink;
}

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.write('first');
  socket.on('data', (d) => {
    if (d.toString() === 'next') socket.write('second');
    if (d.toString() === 'last') socket.end('third');
  });
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  const a = makeSink();
  const b = makeSink();
  a.on('pipe', common.mustCall((src) => assert.strictEqual(src, client)));
  a.on('unpipe', common.mustCall((src) => assert.strictEqual(src, client)));
  b.on('pipe', common.mustCall());
  b.on('unpipe', common.mustCall());  // at the end: end: false unpipes instead
  assert.strictEqual(client.pipe(a, { end: false }), a);
  a.write = function (c) {
    this.chunks.push(c.toString());
    if (this.chunks.join('') === 'first') {
      client.unpipe(a);
      assert.strictEqual(client.readableFlowing, false);
      client.write('next');
      setTimeout(() => {
        // 'second' arrived but waits in the source.
        assert.deepStrictEqual(a.chunks, ['first']);
        assert.strictEqual(client.readableLength, 6);
        client.pipe(b, { end: false });
        client.write('last');
      }, 100);
    }
    return true;
  };
  client.on('end', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      assert.strictEqual(b.chunks.join(''), 'secondthird');
      assert.strictEqual(a.ended, false);
      assert.strictEqual(b.ended, false);
      server.close();
    }), 10);
  }));
}));
