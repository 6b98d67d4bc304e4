'use strict';
// new net.Socket([options]): defaults (allowHalfOpen false, not destroyed, not connecting,
// bytes 0), allowHalfOpen option, instanceof EventEmitter, and chainable setters that may be
// called before connecting.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const EventEmitter = require('events');

const a = new net.Socket();
assert.ok(a instanceof net.Socket);
assert.ok(a instanceof EventEmitter);
assert.strictEqual(a.allowHalfOpen, false);
assert.strictEqual(a.destroyed, false);
assert.strictEqual(a.connecting, false);
assert.strictEqual(a.bytesRead, 0);
assert.strictEqual(a.bytesWritten, 0);
assert.strictEqual(typeof a.on, 'function');

const b = new net.Socket({ allowHalfOpen: true });
assert.strictEqual(b.allowHalfOpen, true);
const c = new net.Socket({});
assert.strictEqual(c.allowHalfOpen, false);

// Chainable calls, fine before any connection.
assert.strictEqual(a.setNoDelay(true), a);
assert.strictEqual(a.setNoDelay(), a);
assert.strictEqual(a.setKeepAlive(true, 1000), a);
assert.strictEqual(a.setKeepAlive(false), a);
assert.strictEqual(a.setTimeout(1000), a);
assert.strictEqual(a.setTimeout(0), a);
assert.strictEqual(a.setEncoding('utf8'), a);
assert.strictEqual(a.pause(), a);
assert.strictEqual(a.resume(), a);
assert.strictEqual(a.ref(), a);
assert.strictEqual(a.unref(), a);

[a, b, c].forEach((s) => {
  s.on('close', common.mustCall());
  s.destroy();
});
