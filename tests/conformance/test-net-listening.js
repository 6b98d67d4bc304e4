'use strict';
// Node's test-net-listening.js: server.listening is false before listen(), true in the listen
// callback, false again in the close callback.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();

assert.strictEqual(server.listening, false);

server.listen(0, common.mustCall(() => {
  assert.strictEqual(server.listening, true);

  server.close(common.mustCall(() => {
    assert.strictEqual(server.listening, false);
  }));
}));
