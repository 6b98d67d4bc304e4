'use strict';
// Node's test-net-write-slow.js: 10 x 200 kB written to a client that pauses for 20 ms after
// every chunk: all the bytes arrive, every write callback runs before the server's 1 s idle
// timeout could fire.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const SIZE = 2E5;
const N = 10;
let flushed = 0;
let received = 0;
const buf = Buffer.alloc(SIZE, 'a');

const server = net.createServer(function(socket) {
  socket.setNoDelay();
  socket.setTimeout(1000);
  socket.on('timeout', function() {
    assert.fail('flushed: ' + flushed + ', received: ' + received + '/' + SIZE * N);
  });

  for (let i = 0; i < N; ++i) {
    socket.write(buf, function() {
      ++flushed;
      if (flushed === N) {
        socket.setTimeout(0);
      }
    });
  }
  socket.end();
}).listen(0, function() {
  const conn = net.connect(this.address().port);
  conn.on('data', function(buf) {
    received += buf.length;
    conn.pause();
    setTimeout(function() {
      conn.resume();
    }, 20);
  });
  conn.on('end', common.mustCall(function() {
    server.close();
  }));
});

process.on('exit', function() {
  assert.strictEqual(received, SIZE * N);
});
