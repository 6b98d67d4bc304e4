'use strict';
// A server 'error' without a listener is thrown: EADDRINUSE reaches
// process.on('uncaughtException'); the first server keeps listening until closed.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const first = net.createServer();
let second;
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(second.listening, false);
  assert.strictEqual(first.listening, true);
  first.close();
}));
first.listen(0, '127.0.0.1', common.mustCall(() => {
  second = net.createServer();
  second.listen(first.address().port, '127.0.0.1');
}));
