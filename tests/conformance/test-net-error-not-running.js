'use strict';
// server.close(cb) on a server that is not listening: cb gets ERR_SERVER_NOT_RUNNING
// ('Server is not running.'), asynchronously. Node still emits 'close' (cb is a 'close'
// listener registered by close(), so listeners added earlier run first). The same happens
// for a second close() of a server that was already closed.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const never = net.createServer();
never.on('close', common.mustCall(() => events.push('close-event')));
const ret = never.close(common.mustCall((err) => {
  events.push('cb');
  common.checkError(err, { name: 'Error', code: 'ERR_SERVER_NOT_RUNNING',
                           message: 'Server is not running.' });
}));
assert.strictEqual(ret, never);
events.push('returned');

const twice = net.createServer();
twice.listen(0, '127.0.0.1', common.mustCall(() => {
  twice.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    twice.close(common.mustCall((err2) => {
      common.checkError(err2, { code: 'ERR_SERVER_NOT_RUNNING' });
    }));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'close-event', 'cb']);
});
