'use strict';
// Node's test-net-write-fully-async-hex-string.js (nodejs/node#8251): 20 rounds of writing a
// 2 MB hex string until write() says false, each round started by 'drain': the bytes a
// pending write holds stay alive (Node also forces a minor GC; netbench has no gc()).
const common = require('./common');
const net = require('net');

const data = Buffer.alloc(1000000).toString('hex');

const server = net.createServer(common.mustCall(function(conn) {
  conn.resume();
})).listen(0, common.mustCall(function() {
  const conn = net.createConnection(this.address().port, common.mustCall(() => {
    let count = 0;

    function writeLoop() {
      if (count++ === 20) {
        conn.destroy();
        server.close();
        return;
      }

      while (conn.write(data, 'hex'));
      if (typeof globalThis.gc === 'function')
        globalThis.gc({ type: 'minor' });
      // The buffer allocated inside the .write() call should still be alive.
    }

    conn.on('drain', writeLoop);

    writeLoop();
  }));
}));
