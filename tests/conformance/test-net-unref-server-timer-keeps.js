'use strict';
// A ref'd timer keeps the process alive even though the server is unref'd: the timer fires,
// connects to the still-listening server, and the exchange completes before the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => socket.end('alive')));
server.listen(0, '127.0.0.1');
server.unref();

const timer = setTimeout(common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  const client = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'alive');
    // Nothing else is ref'd: the unref'd server does not hold the process.
  }));
}), 100);
assert.strictEqual(timer.hasRef(), true);
