'use strict';
// listen(0) then close(cb) in the same tick: the bind happened, but the server is closed
// before 'listening' could be emitted, so there is none; 'close' and the callback (without
// an error: the server was running) follow, and the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustNotCall('connection'));
server.on('listening', common.mustNotCall('listening'));
server.on('close', common.mustCall(() => events.push('close')));
server.listen(0);
assert.strictEqual(server.listening, true);
server.close(common.mustCall((err) => {
  assert.strictEqual(err, undefined);
  events.push('callback');
}));
assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);
events.push('returned');

process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'close', 'callback']);
});
