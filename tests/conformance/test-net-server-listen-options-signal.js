'use strict';
// Node's test-net-server-listen-options-signal.js: listen({signal}) refuses a signal that is
// no AbortSignal (ERR_INVALID_ARG_TYPE, Node's message; null too); aborting it in the tick of
// listen(), or giving one already aborted, closes the server: 'close', never 'listening'.
// Added: aborting it once listening closes the server too.
const common = require('./common');
const assert = require('assert');
const net = require('net');

{
  // Test bad signal.
  const server = net.createServer();
  assert.throws(
    () => server.listen({ port: 0, signal: 'INVALID_SIGNAL' }),
    {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The "options.signal" property must be an instance of AbortSignal. ' +
               "Received type string ('INVALID_SIGNAL')"
    });
  assert.throws(() => net.createServer().listen({ port: 0, signal: null }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

{
  // Test close.
  const server = net.createServer();
  const controller = new AbortController();
  server.on('listening', common.mustNotCall('listening'));
  server.on('close', common.mustCall(() => assert.strictEqual(server.listening, false)));
  server.listen({ port: 0, signal: controller.signal });
  controller.abort();
}

{
  // Test close with pre-aborted signal.
  const server = net.createServer();
  const signal = AbortSignal.abort();
  server.on('listening', common.mustNotCall('listening'));
  server.on('close', common.mustCall(() => assert.strictEqual(server.listening, false)));
  server.listen({ port: 0, signal });
}

{
  // Aborted once listening.
  const server = net.createServer();
  const controller = new AbortController();
  server.on('close', common.mustCall(() => assert.strictEqual(server.listening, false)));
  server.listen({ port: 0, signal: controller.signal }, common.mustCall(() => {
    setImmediate(() => controller.abort());
  }));
}
