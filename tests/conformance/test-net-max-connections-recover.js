'use strict';
// With maxConnections = 1, once the first connection has closed a new one is accepted again.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.end('welcome');
}, 2));
server.maxConnections = 1;

function visit(port, done) {
  const client = net.connect(port, '127.0.0.1');
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('close', common.mustCall(() => {
    assert.strictEqual(got, 'welcome');
    done();
  }));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  visit(port, () => {
    // Wait until the server side of the first connection is gone.
    (function poll() {
      server.getConnections(common.mustSucceed((count) => {
        if (count > 0) return setTimeout(poll, 10);
        visit(port, () => server.close());
      }, 1));
    })();
  });
}));
