'use strict';
// A reader that drops every chunk it gets keeps its memory flat: 512 MiB arrive in 64 KiB
// chunks and the resident size grows by far less than that. (netbench's engine does not see
// the bytes behind a received Buffer; the runtime collects garbage as they pile up, as V8
// does for node's external memory.)
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(25000);
const total = 512 * 1024 * 1024;
const allowedGrowth = 96 * 1024 * 1024;  // node: ~40 MiB; without the collection: ~160
const chunk = Buffer.alloc(64 * 1024, 'm');
let baseline = 0;
let peak = 0;

const server = net.createServer(common.mustCall((socket) => {
  let received = 0;
  let chunks = 0;
  socket.on('data', (data) => {
    received += data.length;
    if (++chunks % 256 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMiB = Math.round((peak - baseline) / 1048576);
    assert.ok(peak - baseline < allowedGrowth,
              'resident size grew by ' + growthMiB + ' MiB while 512 MiB passed through');
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    baseline = process.memoryUsage().rss;
    let sent = 0;
    function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!client.write(chunk)) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    }
    pump();
  }));
}));
