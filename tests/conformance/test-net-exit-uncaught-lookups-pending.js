'use strict';
// An uncaught exception while host name lookups are still on their way ends the process at
// once (exit code 1, 'exit' emitted); it never waits for a getaddrinfo() in flight. The
// 'exit' listener turns the expected code 1 into 0, so the script passes.
const assert = require('assert');
const net = require('net');

process.on('exit', (code) => {
  assert.strictEqual(code, 1);
  process.exitCode = 0;
});
for (let i = 0; i < 20; i++)
  net.connect(9, 'localhost').on('error', () => {});
setTimeout(() => { throw new Error('expected: thrown with lookups pending'); }, 1);
