'use strict';
// 'readable' and read() over TCP and a Unix socket: a 'readable' listener switches the socket
// to paused mode (readableFlowing false, isPaused() true), read() returns all buffered data as a
// Buffer (and emits it as 'data'), then null; at the end 'readable' again, read() null, then
// 'end' (after a nextTick queued in that 'readable'), then 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function run(listenArgs, connectArgs, done) {
  const server = net.createServer(common.mustCall((socket) => {
    socket.end('hello world');
  }));
  server.listen.apply(server, listenArgs.concat([common.mustCall(() => {
    const address = server.address();
    const target = typeof address === 'string' ? [address] : [address.port, '127.0.0.1'];
    const client = net.connect.apply(net, target);
    const log = [];
    let received = Buffer.alloc(0);
    assert.strictEqual(client.readableFlowing, null);
    assert.strictEqual(client.readableHighWaterMark, 16384);
    client.on('readable', common.mustCallAtLeast(() => {
      log.push('readable');
      let chunk;
      while ((chunk = client.read()) !== null) {
        assert.ok(Buffer.isBuffer(chunk));
        received = Buffer.concat([received, chunk]);
        assert.strictEqual(client.readableLength, 0);
      }
      log.push('null');
      process.nextTick(() => log.push('tick'));
    }, 2));
    assert.strictEqual(client.readableFlowing, false);
    assert.strictEqual(client.isPaused(), true);
    client.on('data', common.mustCallAtLeast((d) => {
      assert.ok(Buffer.isBuffer(d));
    }, 1));
    assert.strictEqual(client.readableFlowing, false);
    client.on('end', common.mustCall(() => {
      log.push('end');
      assert.strictEqual(client.readableEnded, true);
      assert.strictEqual(client.read(), null);
    }));
    client.on('close', common.mustCall(() => {
      log.push('close');
      assert.strictEqual(received.toString(), 'hello world');
      // The last 'readable' (at the end): read() null, 'end' before the tick queued after it.
      assert.deepStrictEqual(log.slice(-5), ['readable', 'null', 'end', 'tick', 'close']);
      server.close(done);
    }));
  })]));
}

run([0, '127.0.0.1'], null, common.mustCall(() => {
  run([common.socketPath('readable-basic')], null, common.mustCall());
}));
