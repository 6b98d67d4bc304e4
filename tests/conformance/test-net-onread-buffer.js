'use strict';
// The onread option with a Buffer: data goes to the callback as (count, buffer) with at most
// the buffer's length per call, never as 'data'; returning false pauses reading until
// resume(); 'end' still comes after the last byte; `this` is the socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('hello world, this is a message');
const server = net.createServer(common.mustCall((socket) => {
  server.close();
  socket.end(message);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const buffer = Buffer.alloc(8);
  const received = [];
  let calls = 0;
  let paused = false;
  const client = net.connect({
    port: server.address().port, host: '127.0.0.1',
    onread: {
      buffer: buffer,
      callback: common.mustCallAtLeast(function (count, buf) {
        assert.strictEqual(this, client);
        assert.strictEqual(buf, buffer);
        assert.strictEqual(paused, false);
        assert.ok(count > 0 && count <= 8);
        received.push(Buffer.from(buf.slice(0, count)));
        calls++;
        if (calls === 1) {
          paused = true;
          setTimeout(() => {
            paused = false;
            client.resume();
          }, 20);
          return false;
        }
      }, 4),
    },
  });
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(received), message);
    assert.strictEqual(client.bytesRead, message.length);
  }));
}));
