'use strict';
// Node's afterConnect() starts reading a paused socket if a read was asked for while it was
// connecting: a 'data' listener then pause(), pause() from a tick after the listener,
// resume() then pause(), read(0) while paused. Reading goes on to the high-water mark while
// no data is emitted (readableLength grows, bytesRead with it); after resume() everything
// arrives. Without such a request (pause() before the 'data' listener) nothing is read until
// resume() (test-net-pause-before-connect.js).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const total = 1024 * 1024;
const server = net.createServer((socket) => socket.end(Buffer.alloc(total)));

const requests = {
  dataThenPause(client) {
    client.on('data', onData);
    client.pause();
  },
  pauseFromTick(client) {
    client.on('data', onData);
    process.nextTick(() => client.pause());
  },
  resumeThenPause(client) {
    client.pause();
    client.resume();
    client.pause();
    client.on('data', onData);
  },
  readZero(client) {
    client.pause();
    client.read(0);
    client.on('data', onData);
  }
};
const received = new Map();
function onData(chunk) {
  received.set(this, received.get(this) + chunk.length);
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const names = Object.keys(requests);
  (function next() {
    const name = names.shift();
    if (name === undefined) {
      server.close();
      return;
    }
    const client = net.connect(server.address().port, '127.0.0.1');
    received.set(client, 0);
    requests[name](client);
    client.on('connect', common.mustCall(() => {
      assert.strictEqual(client.isPaused(), true, name);
      assert.strictEqual(client.readableFlowing, false, name);
    }));
    // Poll until the paused socket has read up to its high-water mark (it does not stop
    // otherwise), then resume it.
    (function resumeWhenFull() {
      if (client.readableLength < client.readableHighWaterMark) {
        setTimeout(resumeWhenFull, 1);
        return;
      }
      assert.strictEqual(received.get(client), 0, name);
      assert.strictEqual(client.readableFlowing, false, name);
      assert.ok(client.bytesRead >= client.readableHighWaterMark, name);
      client.resume();
    })();
    client.on('end', common.mustCall(() => {
      assert.strictEqual(received.get(client), total, name);
      next();
    }));
  })();
}));
