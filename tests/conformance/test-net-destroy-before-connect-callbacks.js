'use strict';
// Writes and end() made while connecting, then destroy(): the callbacks get
// ERR_SOCKET_CLOSED_BEFORE_CONNECTION (one error object), from the 'close' being emitted
// (after the 'close' listeners added before the first write); no 'error'. With destroy(err):
// 'error' first, then the callback, then 'close' (true).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const events = [];
  let first = null;
  const client = net.connect(port, '127.0.0.1');
  client.on('close', () => events.push('close (early listener)'));
  client.write('abc', common.mustCall((error) => {
    first = error;
    common.checkError(error, { code: 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
                               message: 'Socket closed before the connection was established' });
    events.push('write 1');
  }));
  client.write('def', common.mustCall((error) => {
    assert.strictEqual(error, first);
    events.push('write 2');
  }));
  client.end(common.mustCall((error) => {
    assert.strictEqual(error, first);
    events.push('end');
  }));
  client.on('error', common.mustNotCall());
  process.nextTick(() => events.push('tick'));
  client.destroy();
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    events.push('close');
    assert.deepStrictEqual(events, ['tick', 'close (early listener)', 'write 1', 'write 2',
                                    'end', 'close']);
    withError();
  }));

  function withError() {
    const order = [];
    const other = net.connect(port, '127.0.0.1');
    other.write('x', common.mustCall((error) => {
      common.checkError(error, { code: 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION' });
      order.push('write');
    }));
    other.on('error', common.mustCall((error) => {
      assert.strictEqual(error.message, 'boom');
      order.push('error');
    }));
    other.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      order.push('close');
      assert.deepStrictEqual(order, ['error', 'write', 'close']);
      server.close();
    }));
    other.destroy(new Error('boom'));
  }
}));
