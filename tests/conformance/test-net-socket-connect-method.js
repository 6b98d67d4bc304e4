'use strict';
// new net.Socket() + socket.connect(...) in its forms — (port, host, cb), (options, cb),
// (path, cb) — each returns the socket, and a connected socket can be connected again after
// it has closed.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('sc');
const tcp = net.createServer((s) => s.end('tcp'));
const unix = net.createServer((s) => s.end('unix'));

function read(socket, expected, next) {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.once('close', common.mustCall(() => {
    assert.strictEqual(got, expected);
    socket.removeAllListeners('data');
    next();
  }));
}

tcp.listen(0, '127.0.0.1', common.mustCall(() => {
  unix.listen(path, common.mustCall(() => {
    const port = tcp.address().port;
    const s1 = new net.Socket();
    assert.strictEqual(s1.connect(port, '127.0.0.1', common.mustCall()), s1);
    read(s1, 'tcp', () => {
      const s2 = new net.Socket();
      assert.strictEqual(s2.connect({ port: port, host: '127.0.0.1' }, common.mustCall()), s2);
      read(s2, 'tcp', () => {
        const s3 = new net.Socket();
        assert.strictEqual(s3.connect(path, common.mustCall()), s3);
        read(s3, 'unix', () => {
          // Reconnect the closed s3, this time over TCP.
          s3.connect(port, '127.0.0.1', common.mustCall());
          read(s3, 'tcp', () => {
            tcp.close();
            unix.close();
          });
        });
      });
    });
  }));
}));
