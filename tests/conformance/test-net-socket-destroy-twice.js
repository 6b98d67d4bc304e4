'use strict';
// Node's test-net-socket-destroy-twice.js: destroy() from the 'error' listener of a refused
// connect: one 'error', one 'close'.
const common = require('./common');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    const conn = net.createConnection(port, '127.0.0.1');

    conn.on('error', common.mustCall(function() {
      conn.destroy();
    }));

    conn.on('close', common.mustCall());
  }));
}));
