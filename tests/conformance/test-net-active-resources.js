'use strict';
// process.getActiveResourcesInfo() names what keeps the loop alive, as Node does: ref'd
// timers ('Timeout') and immediates ('Immediate'), a listening TCP server ('TCPServerWrap'),
// connected sockets ('TCPSocketWrap'), a listening Unix server ('PipeWrap'), a pending
// dns.lookup() ('GetAddrInfoReqWrap'); unref'd timers and servers are not listed, nor a
// closed server.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const dns = require('dns');

// What is there before the script does anything (node lists its stdio when it is a pipe)
// is left out of every check.
const baseline = process.getActiveResourcesInfo();
function active() {
  const left = baseline.slice();
  return process.getActiveResourcesInfo().filter((name) => {
    const at = left.indexOf(name);
    if (at === -1)
      return true;
    left.splice(at, 1);
    return false;
  });
}

function count(name) {
  return active().filter((n) => n === name).length;
}

assert.deepStrictEqual(active(), []);
const timer = setTimeout(() => {}, 1000);
setTimeout(() => {}, 1000).unref();
const immediate = setImmediate(() => {});
assert.deepStrictEqual(active(), ['Timeout', 'Immediate']);
clearTimeout(timer);
clearImmediate(immediate);
assert.deepStrictEqual(active(), []);

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(count('TCPServerWrap'), 1);
  assert.strictEqual(count('TCPSocketWrap'), 2);
  socket.end();
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.deepStrictEqual(active(), ['TCPServerWrap']);
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.on('close', common.mustCall(closed));
}));
// The server's 'close' waits for its connection's end.
server.on('close', common.mustCall(closed));

let closes = 0;
function closed() {
  if (++closes < 2)
    return;
  setImmediate(common.mustCall(() => {
    assert.strictEqual(count('TCPServerWrap'), 0);
    dns.lookup('localhost', common.mustCall(() => unix()));
    assert.strictEqual(count('GetAddrInfoReqWrap'), 1);
  }));
}

function unix() {
  const pipe = net.createServer();
  pipe.listen(common.socketPath('active'), common.mustCall(() => {
    assert.strictEqual(count('PipeWrap'), 1);
    pipe.unref();
    assert.strictEqual(count('PipeWrap'), 0);
    pipe.close();
  }));
}
