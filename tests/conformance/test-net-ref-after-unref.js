'use strict';
// server.ref() after unref() holds the process again: an unref'd timer (which alone would not
// keep the process alive) still fires, because the ref'd server does; it closes the server.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall());
server.unref();
assert.strictEqual(server.ref(), server);

const t = setTimeout(common.mustCall(() => {
  server.close(common.mustCall());
}), 100);
t.unref();
assert.strictEqual(t.hasRef(), false);
