'use strict';
// allowHalfOpen false: the socket that ends its side by itself after 'end' is not destroyed
// yet when its 'finish' fires (Node destroys it after 'finish', once both sides are done);
// then 'close'. The client, which ended first, sees 'finish' before 'end' and is destroyed
// only after its 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const events = [];
  socket.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(socket.destroyed, false);
    assert.strictEqual(socket.writable, true);
  }));
  socket.on('finish', common.mustCall(() => {
    events.push('finish');
    assert.strictEqual(socket.destroyed, false);
    process.nextTick(common.mustCall(() => assert.strictEqual(socket.destroyed, true)));
  }));
  socket.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['end', 'finish', 'close']);
    server.close();
  }));
  socket.resume();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1',
                             common.mustCall(() => client.end('x')));
  const events = [];
  client.on('finish', common.mustCall(() => {
    events.push('finish');
    assert.strictEqual(client.destroyed, false);
  }));
  client.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(client.destroyed, false);
    process.nextTick(common.mustCall(() => assert.strictEqual(client.destroyed, true)));
  }));
  client.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['finish', 'end', 'close']);
  }));
  client.resume();
}));
