'use strict';
// Node's test-net-stream.js (its stream part): a server writing 10 x 2 MB and end() to a client
// that pauses at its first chunk and destroys itself 20 ms later: the server socket's
// error (if any) and 'close' come, the server closes, the process ends.
const common = require('./common');
const net = require('net');

const SIZE = 2E6;
const N = 10;
const buf = Buffer.alloc(SIZE, 'a');

const server = net.createServer(function(socket) {
  socket.setNoDelay();

  socket.on('error', function(err) {
    socket.destroy();
  }).on('close', common.mustCall(function() {
    server.close();
  }));

  for (let i = 0; i < N; ++i) {
    socket.write(buf, function() { });
  }
  socket.end();
}).listen(0, function() {
  const conn = net.connect(this.address().port);
  conn.on('data', function(buf) {
    conn.pause();
    setTimeout(function() {
      conn.destroy();
    }, 20);
  });
});
