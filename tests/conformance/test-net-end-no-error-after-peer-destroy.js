'use strict';
// A server destroys each connection at once while the client has already written: the client
// (allowHalfOpen false) either reads the reset (one 'error', ECONNRESET from 'read') or sees
// 'end' first; after an 'end' no error follows (Node ignores its own FIN's fate), and 'close'
// comes once.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const count = 20;
let left = count;
const server = net.createServer(common.mustCall((socket) => socket.destroy(), count));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  for (let i = 0; i < count; i++) {
    const client = net.connect(server.address().port, '127.0.0.1',
                               common.mustCall(() => client.write('hello')));
    const events = [];
    client.on('end', () => events.push('end'));
    client.on('error', (error) => {
      events.push('error');
      assert.strictEqual(error.code, 'ECONNRESET');
      assert.strictEqual(error.syscall, 'read');
    });
    client.on('close', common.mustCall((hadError) => {
      events.push('close');
      if (events[0] === 'end')
        assert.deepStrictEqual(events, ['end', 'close'], 'after end: ' + events.join(', '));
      else
        assert.deepStrictEqual(events, ['error', 'close']);
      assert.strictEqual(hadError, events[0] === 'error');
      if (--left === 0)
        server.close();
    }));
  }
}));
