'use strict';
// Node's test-net-write-after-end-nt.js: a client that ended its side and got the server's
// FIN writes from 'end': write() says false, its callback gets EPIPE, and the 'error' comes
// from a later tick, not from inside write().
const common = require('./common');

const assert = require('assert');
const net = require('net');

const { expectsError, mustCall } = common;

const server = net.createServer(mustCall((socket) => {
  socket.end();
})).listen(() => {
  const client = net.connect(server.address().port, () => {
    let hasError = false;
    client.on('error', mustCall((err) => {
      hasError = true;
      server.close();
    }));
    client.on('end', mustCall(() => {
      const ret = client.write('hello', expectsError({
        code: 'EPIPE',
        name: 'Error'
      }));

      assert.strictEqual(ret, false);
      assert(!hasError, 'The error should be emitted in the next tick.');
    }));
    client.end();
  });
});
