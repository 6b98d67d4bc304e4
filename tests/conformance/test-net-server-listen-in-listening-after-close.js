'use strict';
// From a 'listening' listener: close(), then listen() again. Node emits 'close' for the
// first, then 'listening' for the second (its listener closes the server for good).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
let round = 0;
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close'), 2));
server.on('listening', common.mustCall(() => {
  events.push('listening ' + round);
  if (round++ === 0) {
    server.close();
    server.listen(0);
  } else {
    server.close();
  }
}, 2));
server.listen(0);

process.on('exit', () => {
  assert.deepStrictEqual(events, ['listening 0', 'close', 'listening 1', 'close']);
});
