'use strict';
// allowHalfOpen true on the client: the server ends first; the client gets 'end' but stays
// writable, sends a late message and ends; the server (which ended its side) still reads it.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const serverEvents = [];

const server = net.createServer(common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.end('bye');
  socket.on('data', common.mustCallAtLeast((d) => {
    if (serverEvents[serverEvents.length - 1] !== 'data') serverEvents.push('data');
    got += d;
  }));
  socket.on('end', common.mustCall(() => {
    serverEvents.push('end');
    assert.strictEqual(got, 'late reply');
  }));
  socket.on('close', common.mustCall(() => {
    serverEvents.push('close');
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  assert.strictEqual(client.allowHalfOpen, true);
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'bye');
    assert.strictEqual(client.writable, true);
    assert.strictEqual(client.readyState, 'writeOnly');
    setTimeout(common.mustCall(() => {
      client.write('late ');
      client.end('reply');
    }), 50);
  }));
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

process.on('exit', () => {
  assert.deepStrictEqual(serverEvents, ['data', 'end', 'close']);
});
