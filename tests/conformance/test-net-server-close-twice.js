'use strict';
// close() twice in the same tick: every close() of a server with no connection schedules a
// 'close', so there are two; each callback is a once 'close' listener, so both run at the
// first one, and the second callback gets ERR_SERVER_NOT_RUNNING.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close'), 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    events.push('callback 1');
  }));
  server.close(common.mustCall((err) => {
    common.checkError(err, { code: 'ERR_SERVER_NOT_RUNNING', message: 'Server is not running.' });
    events.push('callback 2');
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['close', 'callback 1', 'callback 2', 'close']);
});
