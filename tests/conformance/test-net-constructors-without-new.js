'use strict';
// net.Socket(), net.Stream() and net.Server() work without `new`, as in Node (they are
// functions there); net.Stream is Socket; subclasses, both class and util.inherits style,
// get their own prototype.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const util = require('util');

assert.strictEqual(net.Stream, net.Socket);
const socket = net.Socket({ allowHalfOpen: true });
assert.ok(socket instanceof net.Socket);
assert.strictEqual(socket.allowHalfOpen, true);
assert.strictEqual(socket.constructor, net.Socket);
const stream = net.Stream();
assert.ok(stream instanceof net.Socket);

const listener = common.mustNotCall();
const server = net.Server(listener);
assert.ok(server instanceof net.Server);
assert.strictEqual(server.listenerCount('connection'), 1);
assert.strictEqual(net.Server({ allowHalfOpen: true }).allowHalfOpen, true);

class MySocket extends net.Socket {
  hello() { return 'hi'; }
}
const mine = new MySocket();
assert.ok(mine instanceof MySocket && mine instanceof net.Socket);
assert.strictEqual(mine.hello(), 'hi');
assert.strictEqual(mine.readyState, 'open');

class MyServer extends net.Server {
  hello() { return 'server'; }
}
const myServer = new MyServer();
assert.ok(myServer instanceof MyServer && myServer instanceof net.Server);
assert.strictEqual(myServer.hello(), 'server');

function OldStyle(options) {
  net.Socket.call(this, options);
  this.extra = 1;
}
util.inherits(OldStyle, net.Socket);
const old = new OldStyle({ allowHalfOpen: true });
assert.ok(old instanceof net.Socket);
assert.strictEqual(old.allowHalfOpen, true);
assert.strictEqual(old.extra, 1);
assert.strictEqual(old.pending, true);

// The one made without `new` connects like any other.
const echo = net.Server((conn) => conn.pipe(conn));
echo.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.Socket();
  client.connect(echo.address().port, '127.0.0.1', common.mustCall(() => client.end('x')));
  client.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'x')));
  client.on('close', common.mustCall(() => echo.close()));
}));
