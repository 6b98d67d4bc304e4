'use strict';
// Node's test-net-socket-end-callback.js: end(cb), end(data, cb) and end(data, encoding, cb)
// each call the callback; the unref'd server lets the process end.
const common = require('./common');
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
}).unref();

server.listen(common.mustCall(() => {
  const connect = function() {
    const args = Array.prototype.slice.call(arguments);
    const socket = net.createConnection(server.address().port, () => {
      socket.end.apply(socket, args);
    });
  };

  const cb = common.mustCall(() => {}, 3);

  connect(cb);
  connect('foo', cb);
  connect('foo', 'utf8', cb);
}));
