'use strict';
// close(cb) before listen(): 'close' is emitted and cb gets ERR_SERVER_NOT_RUNNING; the
// server can listen afterwards and closes normally.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close'), 2));
server.close(common.mustCall((err) => {
  common.checkError(err, { name: 'Error', code: 'ERR_SERVER_NOT_RUNNING' });
  events.push('not running');
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    events.push('listening');
    server.close(common.mustSucceed(() => events.push('closed')));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['close', 'not running', 'listening', 'close', 'closed']);
});
