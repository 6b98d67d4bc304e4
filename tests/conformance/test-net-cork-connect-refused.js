'use strict';
// Writes held by cork() on a socket whose connect is refused. Uncorked by end(cb): they left
// as one batch while connecting, so 'error' (ECONNREFUSED) comes first, then, from 'close',
// each write's callback with ERR_SOCKET_CLOSED_BEFORE_CONNECTION (one object), end()'s
// callback with the ECONNREFUSED error, then the later 'close' listeners. Still corked (no
// end()): the callbacks get the ECONNREFUSED error before 'error'. writableLength is 0 in
// 'close' either way.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function refused(port, uncork, done) {
  const order = [];
  let failure = null;
  let batchError = null;
  const client = net.connect(port, '127.0.0.1');
  client.on('connect', common.mustNotCall());
  client.on('close', () => order.push('early close'));
  client.cork();
  assert.strictEqual(client.write('hello', common.mustCall((error) => {
    order.push('write 1');
    if (uncork) {
      common.checkError(error, { code: 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION' });
      batchError = error;
    } else {
      assert.strictEqual(error, failure === null ? error : failure);
      common.checkError(error, { code: 'ECONNREFUSED' });
      failure = error;
    }
  })), true);
  assert.strictEqual(client.write(Buffer.from('world'), common.mustCall((error) => {
    order.push('write 2');
    assert.strictEqual(error, uncork ? batchError : failure);
  })), true);
  assert.strictEqual(client.writableLength, 10);
  if (uncork) {
    client.end(common.mustCall((error) => {
      order.push('end');
      common.checkError(error, { code: 'ECONNREFUSED' });
      assert.strictEqual(error, failure);
      process.nextTick(() => order.push('tick from end'));
    }));
    assert.strictEqual(client.writableCorked, 0);
  }
  client.on('error', common.mustCall((error) => {
    order.push('error');
    common.checkError(error, { code: 'ECONNREFUSED', syscall: 'connect' });
    if (uncork)
      failure = error;
    else
      assert.strictEqual(error, failure);
  }));
  client.on('close', common.mustCall((hadError) => {
    order.push('close');
    assert.strictEqual(hadError, true);
    assert.strictEqual(client.writableLength, 0);
    setImmediate(() => done(order));
  }));
}

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    refused(port, true, common.mustCall((order) => {
      assert.deepStrictEqual(order, ['error', 'early close', 'write 1', 'write 2', 'end',
                                     'close', 'tick from end']);
      refused(port, false, common.mustCall((order) => {
        assert.deepStrictEqual(order, ['write 1', 'write 2', 'error', 'early close', 'close']);
      }));
    }));
  }));
}));
