'use strict';
// Closing a server without connections: 'close' comes asynchronously (after close()
// returned), once; the callback gets no error; close() returns the server; address() is null.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close')));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.notStrictEqual(server.address(), null);
  const ret = server.close(common.mustCall(function(err) {
    events.push('callback');
    assert.strictEqual(err, undefined);
  }));
  assert.strictEqual(ret, server);
  events.push('returned');
  assert.strictEqual(server.listening, false);
  assert.strictEqual(server.address(), null);
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'close', 'callback']);
});
