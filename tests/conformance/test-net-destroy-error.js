'use strict';
// socket.destroy(err) emits 'error' with that very error object, then 'close' with hadError
// true.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const boom = new Error('boom');
boom.code = 'EBOOM';

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('error', () => {});
  socket.on('close', () => server.close());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.destroy(boom);
    assert.strictEqual(client.destroyed, true);
    events.push('destroy returned');
  }));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err, boom);
    events.push('error');
  }));
  client.on('close', common.mustCall((hadError) => {
    events.push('close:' + hadError);
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['destroy returned', 'error', 'close:true']);
});
