'use strict';
// Server and Socket are EventEmitters: on/once/off/removeListener/prependListener/
// listenerCount/removeAllListeners/emit behave as in events, and return the emitter.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const EventEmitter = require('events');

const server = net.createServer();
const socket = new net.Socket();
[server, socket].forEach((e) => {
  assert.ok(e instanceof EventEmitter);
  const order = [];
  const a = () => order.push('a');
  const b = () => order.push('b');
  const c = () => order.push('c');
  assert.strictEqual(e.on('custom', a), e);
  assert.strictEqual(e.once('custom', b), e);
  assert.strictEqual(e.prependListener('custom', c), e);
  assert.strictEqual(e.listenerCount('custom'), 3);
  assert.strictEqual(e.emit('custom'), true);
  assert.deepStrictEqual(order, ['c', 'a', 'b']);
  assert.strictEqual(e.listenerCount('custom'), 2);      // the once listener is gone
  assert.strictEqual(e.off('custom', c), e);
  assert.strictEqual(e.removeListener('custom', a), e);
  assert.strictEqual(e.listenerCount('custom'), 0);
  assert.strictEqual(e.emit('custom'), false);
  e.on('x', a);
  e.on('y', b);
  assert.strictEqual(e.removeAllListeners('x'), e);
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('y'), 1);
  e.removeAllListeners('y');
  // Arguments are passed through.
  e.once('args', common.mustCall((x, y) => {
    assert.strictEqual(x, 1);
    assert.strictEqual(y, 'two');
  }));
  e.emit('args', 1, 'two');
});
socket.destroy();
