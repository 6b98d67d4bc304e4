'use strict';
// close(cb) then listen() in the same tick, from the first 'listening': the 'close' of the
// first listen is still emitted, with its callback, and the new listen emits its own
// 'listening' after it.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close'), 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const first = server.address().port;
  events.push('listening');
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    events.push('callback');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    events.push('listening again');
    assert.notStrictEqual(server.address().port, first);
    server.close();
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['listening', 'close', 'callback', 'listening again',
                                  'close']);
});
