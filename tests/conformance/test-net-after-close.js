'use strict';
// Node's test-net-after-close.js: once a client's 'close' was emitted its _handle is null and
// setNoDelay(), setKeepAlive(), bufferSize, pause(), resume(), address() and the remote fields
// do not throw.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(function(s) {
  s.end();
});

server.listen(0, common.mustCall(function() {
  const c = net.createConnection(this.address().port);
  c.on('close', common.mustCall(function() {
    assert.strictEqual(c._handle, null);
    assert.doesNotThrow(function() {
      c.setNoDelay();
      c.setKeepAlive();
      c.bufferSize;
      c.pause();
      c.resume();
      c.address();
      c.remoteAddress;
      c.remotePort;
    });
    server.close();
  }));
}));
