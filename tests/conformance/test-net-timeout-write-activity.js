'use strict';
// Writes count as activity too: a client that only writes (every 30 ms, for ~360 ms) with a
// 250 ms timeout never times out sooner than 250 ms after its last write, and times out once
// it has stopped writing.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const TIMEOUT = 250;

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let writing = true;
    let lastWrite = Date.now();
    let n = 0;
    const iv = setInterval(() => {
      client.write('x');
      lastWrite = Date.now();
      if (++n === 12) {
        clearInterval(iv);
        writing = false;
      }
    }, 30);
    client.setTimeout(TIMEOUT);
    client.on('timeout', common.mustCallAtLeast(() => {
      const idle = Date.now() - lastWrite;
      assert.ok(idle >= TIMEOUT - 20, 'timed out only ' + idle + ' ms after the last write');
      if (!writing) client.end();
    }));
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
