'use strict';
// Listening on a Unix socket path that another server holds: 'error' EADDRINUSE with the
// path as address and in the message; the first server keeps working.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('inuse');
const first = net.createServer((socket) => socket.end('still here'));
first.listen(path, common.mustCall(() => {
  const second = net.createServer();
  second.on('error', common.mustCall((err) => {
    common.checkError(err, {
      code: 'EADDRINUSE',
      syscall: 'listen',
      address: path,
      message: 'listen EADDRINUSE: address already in use ' + path
    });
    assert.strictEqual(second.listening, false);
    const client = net.connect(path);
    let got = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { got += d; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'still here');
      first.close();
    }));
  }));
  second.listen(path);
}));
