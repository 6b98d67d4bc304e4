'use strict';
// connect(), destroy(), connect() in one tick, to an IP address and to a host name. The
// destroyed first connection still owes its 'close', and the Socket must keep taking the
// events of the second one after that 'close' (they used to be dropped, and the run never
// ended). Node 20 lets the first connect step run on the new handle, so the second fails
// with EALREADY: error, 'close' (true), 'close' (false). netbench connects the second
// time: 'close' (false) of the first, then the second connection's events. Common to both,
// and checked: two 'close' events, an 'error' only as EALREADY (or the error destroy() was
// given, first), the socket destroyed at the end, and the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((connection) => {
  connection.on('error', () => {});  // the client may be gone before the server's end()
  connection.end();
});

// destroyError: destroy() with it; the first 'error' is then that error (node emits no
// EALREADY after it).
function run(host, destroyError, next) {
  const port = server.address().port;
  const socket = new net.Socket();
  const closes = [];
  let errors = 0;
  socket.on('error', common.mustCallAtLeast((error) => {
    if (destroyError && errors++ === 0)
      assert.strictEqual(error, destroyError);
    else
      assert.strictEqual(error.code, 'EALREADY');
  }, destroyError ? 1 : 0));
  socket.on('close', common.mustCall((hadError) => {
    closes.push(hadError);
    if (closes.length < 2)
      return;
    assert.ok(socket.destroyed);
    assert.strictEqual(socket.readyState, 'closed');
    next();
  }, 2));
  socket.connect(port, host);
  socket.destroy(destroyError);
  assert.strictEqual(socket.connect(port, host), socket);
  assert.strictEqual(socket.connecting, true);
  assert.strictEqual(socket.destroyed, false);
}

// To a host name, node 20 itself loses the second connection's 'close' about one run in 20
// (it emits one 'close' and never ends): that case runs under netbench only.
const hostNameToo = process.versions.netbench !== undefined;

server.listen(0, '127.0.0.1', common.mustCall(() => {
  run('127.0.0.1', undefined, common.mustCall(() => {
    const last = common.mustCall(() => {
      run('127.0.0.1', new Error('destroyed'), common.mustCall(() => server.close()));
    });
    if (hostNameToo)
      run('localhost', undefined, last);
    else
      last();
  }));
}));
common.watchdog(10000);
