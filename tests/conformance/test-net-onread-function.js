'use strict';
// The onread option with a function: it is called once when the socket connects and after
// every callback for the next buffer (Uint8Array works as well as Buffer); an explicit pause()
// inside the callback stops reading until resume().
const common = require('./common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('hello world');
const server = net.createServer(common.mustCall((socket) => {
  server.close();
  socket.end(message);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const pool = [new Uint8Array(2), new Uint8Array(2), new Uint8Array(2)];
  let generated = 0;
  let current = null;
  let paused = false;
  const received = [];
  const client = net.connect({
    port: server.address().port, host: '127.0.0.1',
    onread: {
      buffer: () => {
        current = pool[generated++ % pool.length];
        return current;
      },
      callback: common.mustCall(function (count, buf) {
        assert.strictEqual(buf, current);
        assert.strictEqual(paused, false);
        received.push(Buffer.from(buf.slice(0, count)));
        if (received.length === 2) {
          paused = true;
          this.pause();
          setTimeout(() => {
            paused = false;
            this.resume();
          }, 20);
        }
      }, 6),
    },
  });
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(received), message);
    assert.strictEqual(generated, 7);
  }));
}));
