'use strict';
// cork()/uncork(): writes made while corked wait in the socket (writableLength, bufferSize and
// bytesWritten count them, write() says false past the high-water mark); the last uncork()
// sends them as one batch: 'drain' (if a write said false), then their callbacks in order.
// writableCorked counts nested cork() calls; end() uncorks; a socket destroyed while corked
// fails the waiting callbacks with ERR_STREAM_DESTROYED and emits no 'error'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const received = [];
let connections = 0;
const server = net.createServer((socket) => {
  connections++;
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', () => received.push(Buffer.concat(chunks)));
  socket.on('close', () => {
    if (--connections === 0)
      server.close();
  });
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1', common.mustCall(() => {
    client.cork();
    client.cork();
    assert.strictEqual(client.writableCorked, 2);
    assert.strictEqual(client.write(Buffer.alloc(10000, 'a'), common.mustSucceed(() => {
      events.push('callback 1');
    })), true);
    assert.strictEqual(client.write('b'.repeat(10000), common.mustSucceed(() => {
      events.push('callback 2');
    })), false);
    assert.strictEqual(client.writableLength, 20000);
    assert.strictEqual(client.bufferSize, 20000);
    assert.strictEqual(client.bytesWritten, 20000);
    assert.strictEqual(client.writableNeedDrain, true);
    client.on('drain', common.mustCall(() => events.push('drain')));
    client.uncork();
    assert.strictEqual(client.writableCorked, 1);
    assert.strictEqual(client.writableLength, 20000);
    client.uncork();
    assert.strictEqual(client.writableCorked, 0);
    assert.strictEqual(client.bytesWritten, 20000);
    client.uncork();  // one too many: harmless
    assert.strictEqual(client.writableCorked, 0);
    setImmediate(() => {
      client.cork();
      client.write('ccc', common.mustSucceed(() => events.push('callback 3')));
      client.end(common.mustCall(() => events.push('end callback')));
      assert.strictEqual(client.writableCorked, 0);
    });
    client.on('close', common.mustCall(() => {
      assert.strictEqual(client.bytesWritten, 20003);
      assert.deepStrictEqual(events, ['drain', 'callback 1', 'callback 2', 'callback 3',
                                      'end callback']);
    }));
  }));

  const destroyed = net.connect(port, '127.0.0.1', common.mustCall(() => {
    destroyed.cork();
    destroyed.write('abc', common.expectsError({ code: 'ERR_STREAM_DESTROYED' }));
    destroyed.write('def', common.expectsError({ code: 'ERR_STREAM_DESTROYED' }));
    destroyed.on('error', common.mustNotCall());
    destroyed.destroy();
    destroyed.uncork();
  }));
}));

process.on('exit', () => {
  const big = received.find((data) => data.length > 3);
  assert.ok(big, 'the corked bytes arrived');
  assert.strictEqual(big.toString('latin1'),
                     'a'.repeat(10000) + 'b'.repeat(10000) + 'ccc');
});
