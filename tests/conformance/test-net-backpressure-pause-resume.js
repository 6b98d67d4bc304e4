'use strict';
// pause() stops 'data' events on the receiving side; the data waits
// and is delivered, complete and in order, after resume(). pause() and resume() return the
// socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  let received = '';
  let paused = false;
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    assert.strictEqual(paused, false, 'data while paused');
    received += d;
    if (received.length >= 5 && received.length < 10 && !paused) {
      assert.strictEqual(socket.pause(), socket);
      paused = true;
      socket.write('paused');
      setTimeout(() => {
        paused = false;
        assert.strictEqual(socket.resume(), socket);
      }, 150);
    }
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, '12345abcde');
    socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.setNoDelay(true);
    client.write('12345');
  }));
  client.once('data', common.mustCall(() => {
    // The server is paused now; this arrives there only after resume().
    client.end('abcde');
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
