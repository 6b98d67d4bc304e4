'use strict';
// socket.resetAndDestroy() closes with an RST: the local socket closes without error, the
// peer gets 'error' ECONNRESET ('read ECONNRESET', syscall 'read', errno -104) then 'close'
// with hadError true.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const peerEvents = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustCall(() => {
    const ret = socket.resetAndDestroy();
    assert.strictEqual(ret, socket);
  }));
  socket.on('error', common.mustNotCall('the side that resets sees no error'));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write('hi');
  }));
  client.on('end', common.mustNotCall('a reset is not an end'));
  client.on('error', common.mustCall((err) => {
    peerEvents.push('error');
    common.checkError(err, {
      code: 'ECONNRESET',
      errno: process.platform === 'linux' ? -104 : err.errno,
      syscall: 'read',
      message: 'read ECONNRESET'
    });
  }));
  client.on('close', common.mustCall((hadError) => {
    peerEvents.push('close:' + hadError);
    server.close();
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(peerEvents, ['error', 'close:true']);
});
