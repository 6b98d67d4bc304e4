'use strict';
// After a server that had a connection is closed, a new server can listen on the same port
// right away (servers use SO_REUSEADDR, so TIME_WAIT does not block it).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const first = net.createServer((socket) => socket.end('one'));
first.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = first.address().port;
  const client = net.connect(port, '127.0.0.1');
  client.resume();
  client.on('close', common.mustCall(() => {
    first.close(common.mustCall(() => {
      const second = net.createServer((socket) => socket.end('two'));
      second.listen(port, '127.0.0.1', common.mustCall(() => {
        assert.strictEqual(second.address().port, port);
        const again = net.connect(port, '127.0.0.1');
        let got = '';
        again.setEncoding('utf8');
        again.on('data', (d) => { got += d; });
        again.on('close', common.mustCall(() => {
          assert.strictEqual(got, 'two');
          second.close();
        }));
      }));
    }));
  }));
}));
