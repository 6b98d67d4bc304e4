'use strict';
// server.getConnections(cb): asynchronous, (null, count), returns the server; counts 0, then
// 2 with two clients, then 1 after one of them closed.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
let accepted = 0;
let a;
let b;

const ret = server.getConnections(common.mustCall(function(err, count) {
  assert.strictEqual(err, null);
  assert.strictEqual(count, 0);
  events.push('count0');
}));
assert.strictEqual(ret, server);
events.push('returned');

server.on('connection', (socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
  if (++accepted < 2) return;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, 2);
    events.push('count2');
    a.end();
  }));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  a = net.connect(port, '127.0.0.1');
  a.resume();
  a.on('close', common.mustCall(() => {
    // The server side of 'a' may still be closing: poll until it is gone.
    (function poll() {
      server.getConnections(common.mustSucceed((count) => {
        if (count === 2) return setTimeout(poll, 10);
        assert.strictEqual(count, 1);
        events.push('count1');
        b.end();
      }, 1));
    })();
  }));
  b = net.connect(port, '127.0.0.1');
  b.resume();
  b.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'count0', 'count2', 'count1']);
});
