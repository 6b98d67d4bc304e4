'use strict';
// The peer resets the connection in the middle of a transfer (the server reads the first
// chunk, then resetAndDestroy()): the writing client gets exactly one error, 'read
// ECONNRESET', then one 'close' (true); no callback runs twice and the script ends with 0
// (CTest checks the exit status).
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.once('data', common.mustCall(() => {
    socket.resetAndDestroy();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const chunk = Buffer.alloc(64 * 1024, 'y');
    let sent = 0;
    function pump() {
      while (sent < 256) {
        sent++;
        const done = { called: false };
        const ok = client.write(chunk, (error) => {
          assert.strictEqual(done.called, false);
          done.called = true;
          if (error)
            assert.strictEqual(error.code, 'ECONNRESET');
        });
        if (!ok) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    }
    pump();
  }));
  client.on('error', common.mustCall((error) => {
    common.checkError(error, { code: 'ECONNRESET', syscall: 'read', errno: -104,
                               message: 'read ECONNRESET' });
  }));
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
}));
