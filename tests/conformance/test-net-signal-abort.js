'use strict';
// The signal option: aborting destroys the socket with Node's AbortError (code ABORT_ERR,
// the signal's reason as cause), 'error' then 'close' (true); a signal aborted already fails
// the socket (never connected) from the nextTick queue. AbortController/AbortSignal are globals, as in Node.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const controller = new AbortController();
assert.strictEqual(controller.signal.aborted, false);
assert.strictEqual(controller.signal.reason, undefined);
const seen = [];
controller.signal.onabort = common.mustCall((event) => seen.push('onabort ' + event.type));
controller.signal.addEventListener('abort', common.mustCall(() => seen.push('listener')),
                                   { once: true });
controller.abort();
controller.abort();
assert.deepStrictEqual(seen, ['onabort abort', 'listener']);
assert.strictEqual(controller.signal.aborted, true);
assert.strictEqual(controller.signal.reason.name, 'AbortError');
assert.throws(() => controller.signal.throwIfAborted(), { name: 'AbortError' });

// The socket aborted before it connects may reach the server half-made: its reset is no error
// of this test's.
const server = net.createServer(common.mustCallAtLeast((socket) => {
  socket.on('error', () => {});
  socket.resume();
}, 1));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const live = new AbortController();
  const client = net.connect({ port: port, host: '127.0.0.1', signal: live.signal });
  client.on('connect', common.mustCall(() => {
    live.abort('enough');
    assert.strictEqual(client.destroyed, true);
  }));
  const order = [];
  client.on('error', common.mustCall((error) => {
    order.push('error');
    common.checkError(error, { name: 'AbortError', code: 'ABORT_ERR',
                               message: 'The operation was aborted' });
    assert.strictEqual(error.cause, 'enough');
  }));
  client.on('close', common.mustCall((hadError) => {
    order.push('close');
    assert.strictEqual(hadError, true);
    assert.deepStrictEqual(order, ['error', 'close']);
    early();
  }));

  function early() {
    const socket = new net.Socket({ signal: AbortSignal.abort('already') });
    socket.on('error', common.mustCall((error) => {
      assert.strictEqual(error.code, 'ABORT_ERR');
      assert.strictEqual(error.cause, 'already');
    }));
    socket.on('close', common.mustCall(() => server.close()));
  }
}));
