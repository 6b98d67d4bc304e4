'use strict';
// write() on a destroyed socket returns false and its callback gets ERR_STREAM_DESTROYED
// ('Cannot call write after a stream was destroyed'); no 'error' event is emitted.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('close', () => server.close());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.destroy();
    const ret = client.write('x', common.mustCall((err) => {
      common.checkError(err, { code: 'ERR_STREAM_DESTROYED',
                               message: 'Cannot call write after a stream was destroyed' });
    }));
    assert.strictEqual(ret, false);
  }));
  client.on('error', common.mustNotCall());
  client.on('close', common.mustCall());
}));
