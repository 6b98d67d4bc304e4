'use strict';
// Listening on a TCP port that is taken: the second server emits 'error' EADDRINUSE with
// Node's message, errno, syscall 'listen', address and port; it is not listening afterwards,
// emits no 'close' by itself, and can listen again elsewhere.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const first = net.createServer();
first.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = first.address().port;
  const second = net.createServer();
  second.on('close', common.mustNotCall('no close after a listen error'));
  second.on('listening', common.mustCall(() => {
    assert.notStrictEqual(second.address().port, port);
    second.removeAllListeners('close');
    second.close();
    first.close();
  }));
  second.once('error', common.mustCall((err) => {
    common.checkError(err, {
      code: 'EADDRINUSE',
      errno: process.platform === 'linux' ? -98 : err.errno,
      syscall: 'listen',
      address: '127.0.0.1',
      port: port,
      message: 'listen EADDRINUSE: address already in use 127.0.0.1:' + port
    });
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    // A failed listen() may be retried.
    setTimeout(() => second.listen(0, '127.0.0.1'), 20);
  }));
  second.listen(port, '127.0.0.1');
}));
