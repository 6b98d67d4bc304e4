'use strict';
// allowHalfOpen true on the server, over TCP: after the client half-closes, the server socket
// stays open and writable ('writeOnly') until it calls end() itself, and the client, whose
// writable side is finished ('readOnly'), still receives the late answer before its 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const clientEvents = [];

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  assert.strictEqual(socket.allowHalfOpen, true);
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'question');
    setTimeout(common.mustCall(() => {
      assert.strictEqual(socket.destroyed, false);
      assert.strictEqual(socket.writable, true);
      assert.strictEqual(socket.readyState, 'writeOnly');
      socket.write('ans');
      socket.end('wer');
    }), 100);
  }));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end('question');
    assert.strictEqual(client.readyState, 'readOnly');
  }));
  let answer = '';
  client.setEncoding('utf8');
  client.on('data', common.mustCallAtLeast((d) => {
    if (clientEvents[clientEvents.length - 1] !== 'data') clientEvents.push('data');
    answer += d;
  }));
  client.on('end', common.mustCall(() => {
    clientEvents.push('end');
    assert.strictEqual(answer, 'answer');
  }));
  client.on('close', common.mustCall((hadError) => clientEvents.push('close:' + hadError)));
}));

process.on('exit', () => {
  assert.deepStrictEqual(clientEvents, ['data', 'end', 'close:false']);
});
