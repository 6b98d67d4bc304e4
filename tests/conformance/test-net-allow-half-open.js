'use strict';
// Node's test-net-allow-half-open.js: a client without allowHalfOpen (false by default) that
// reads the server's 1 KiB and FIN is not destroyed at 'finish' nor in a tick after 'end'
// (it shuts its side down properly first), then 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.end(Buffer.alloc(1024));
})).listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  assert(socket.allowHalfOpen === false);
  socket.resume();
  socket.on('end', common.mustCall(() => {
    process.nextTick(() => {
      // Ensure socket is not destroyed straight away without proper shutdown.
      assert(!socket.destroyed);
      server.close();
    });
  }));
  socket.on('finish', common.mustCall(() => {
    assert(!socket.destroyed);
  }));
  socket.on('close', common.mustCall());
}));
