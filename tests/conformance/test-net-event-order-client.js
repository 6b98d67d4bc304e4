'use strict';
// Client-side event order for a hostname connection: lookup, connect, data, end, close.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.end('hello');
}));

server.listen(0, 'localhost', common.mustCall(() => {
  const client = net.connect(server.address().port, 'localhost');
  client.on('lookup', common.mustCall(() => events.push('lookup')));
  client.on('connect', common.mustCall(() => events.push('connect')));
  client.setEncoding('utf8');
  let received = '';
  client.on('data', common.mustCallAtLeast((chunk) => {
    if (events[events.length - 1] !== 'data') events.push('data');
    received += chunk;
  }));
  client.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(received, 'hello');
  }));
  client.on('close', common.mustCall((hadError) => {
    events.push('close:' + hadError);
    server.close();
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['lookup', 'connect', 'data', 'end', 'close:false']);
});
