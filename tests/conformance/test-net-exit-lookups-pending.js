'use strict';
// process.exit() while host name lookups are still on their way ends the process at once
// with that code: it never waits for a getaddrinfo() in flight, which cannot be cancelled.
const assert = require('assert');
const net = require('net');

let exitCode = null;
process.on('exit', (code) => {
  exitCode = code;
  assert.strictEqual(code, 0);
});
for (let i = 0; i < 20; i++)
  net.connect(9, 'localhost').on('error', () => {});
setTimeout(() => process.exit(0), 1);
setTimeout(() => assert.fail('process.exit() returned: exit code ' + exitCode), 1000).unref();
