'use strict';
// An unref'd listening server does not keep the process alive: the script ends by itself
// (with 'exit' code 0) while the server is still listening. unref() returns the server.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustNotCall());
let listening = false;
server.listen(0, '127.0.0.1', common.mustCall(() => { listening = true; }));
assert.strictEqual(server.unref(), server);
assert.strictEqual(server.unref(), server);   // twice is a no-op

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  // The callback ran before the loop emptied (listening is queued, not a handle).
  assert.strictEqual(listening, true);
  assert.strictEqual(server.listening, true);
});
