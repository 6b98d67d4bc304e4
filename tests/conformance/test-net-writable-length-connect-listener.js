'use strict';
// Writes made while connecting go out when 'connect' is emitted, from the listener the first
// write added: a 'connect' listener added after the writes reads writableLength and bufferSize
// 0 (20,008 bytes written before the connection was up), one added before them still sees the
// bytes queued. (When the callbacks and 'drain' come is not checked: netbench runs them after
// 'connect', see src/script/README.md.)
const common = require('./common');
const assert = require('assert');
const net = require('net');

let received = 0;
const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', (chunk) => { received += chunk.length; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, 20008);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const order = [];
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', common.mustCall(() => {
    order.push('early connect');
    assert.strictEqual(client.writableLength, 20008);
    assert.strictEqual(client.bufferSize, 20008);
  }));
  assert.strictEqual(client.write(Buffer.alloc(20000, 'a'), common.mustSucceed(() => {
    order.push('write 1');
    assert.strictEqual(client.writableLength, 0);
  })), false);
  assert.strictEqual(client.write('12345678', common.mustSucceed(() => order.push('write 2'))),
                     false);
  assert.strictEqual(client.writableLength, 20008);
  assert.strictEqual(client.bufferSize, 20008);
  client.on('drain', common.mustCall(() => order.push('drain')));
  client.on('connect', common.mustCall(() => {
    order.push('late connect');
    assert.strictEqual(client.writableLength, 0);
    assert.strictEqual(client.bufferSize, 0);
    assert.strictEqual(client.bytesWritten, 20008);
    process.nextTick(() => order.push('tick from connect'));
  }));
  client.on('ready', common.mustCall(() => order.push('ready')));
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(order.filter((e) => /connect|ready/.test(e)),
                           ['early connect', 'late connect', 'ready', 'tick from connect']);
    assert.deepStrictEqual(order.filter((e) => /write|drain/.test(e)),
                           ['drain', 'write 1', 'write 2']);
    client.end();
  }), 50);
}));
