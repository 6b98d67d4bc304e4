'use strict';
// allowHalfOpen true on the server, over a Unix domain socket: after the client half-closes,
// the server socket stays writable until it calls end(), and the client still receives the
// answer, then 'end', then 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('hob');
const clientEvents = [];

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'question');
    setTimeout(common.mustCall(() => {
      assert.strictEqual(socket.destroyed, false);
      assert.strictEqual(socket.writable, true);
      assert.strictEqual(socket.readyState, 'writeOnly');
      socket.end('answer');
    }), 100);
  }));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(path, common.mustCall(() => {
  const client = net.connect(path, common.mustCall(() => {
    client.end('question');
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
