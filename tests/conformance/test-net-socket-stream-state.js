'use strict';
// The stream state fields Node's Duplex adds to a socket: errored (null, then the error the
// socket was destroyed with or failed with), readableAborted (destroyed before 'end'),
// readableDidRead (once a 'data' was emitted), readableObjectMode/writableObjectMode (false).
const common = require('./common');
const assert = require('assert');
const net = require('net');

function state(socket) {
  return [socket.errored, socket.readableAborted, socket.readableDidRead,
          socket.readableObjectMode, socket.writableObjectMode];
}

const server = net.createServer((socket) => {
  socket.on('error', () => {});  // the destroyed peers below may reset
  socket.end('hi');
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const reader = net.connect(port, '127.0.0.1');
  assert.deepStrictEqual(state(reader), [null, false, false, false, false]);
  reader.on('data', common.mustCall(() => {
    assert.deepStrictEqual(state(reader), [null, false, true, false, false]);
  }));
  reader.on('close', common.mustCall(() => {
    assert.deepStrictEqual(state(reader), [null, false, true, false, false]);
    destroyWithError();
  }));

  function destroyWithError() {
    const socket = net.connect(port, '127.0.0.1');
    const boom = new Error('boom');
    socket.on('connect', common.mustCall(() => {
      socket.destroy(boom);
      assert.deepStrictEqual(state(socket), [boom, true, false, false, false]);
    }));
    socket.on('error', common.mustCall((error) => {
      assert.strictEqual(error, boom);
      assert.strictEqual(socket.errored, boom);
    }));
    socket.on('close', common.mustCall(destroyPlain));
  }

  function destroyPlain() {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', common.mustCall(() => {
      socket.destroy();
      assert.deepStrictEqual(state(socket), [null, true, false, false, false]);
      refused();
    }));
  }

  function refused() {
    server.close(common.mustCall(() => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', common.mustCall((error) => {
        assert.strictEqual(error.code, 'ECONNREFUSED');
        assert.strictEqual(socket.errored, error);
        assert.strictEqual(socket.readableAborted, true);
      }));
    }));
  }
}));
