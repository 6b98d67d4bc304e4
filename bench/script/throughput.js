'use strict';
// Bulk throughput: one connection, the client writes `bytes` in `chunk`-byte writes
// (64 KiB by default) honouring 'drain'; the server counts what arrives.
//
//   netbench run bench/script/throughput.js tcp|unix [bytes=N] [chunk=N]
//   node bench/script/throughput.js tcp|unix [bytes=N] [chunk=N]
//
// Prints {"impl":...,"workload":"tcp_throughput"|"unix_throughput","metrics":{"MiB/s":...}}.
const net = require('net');
const c = require('./common');

const p = c.params();
const kind = process.argv[2];
const workload = kind + '_throughput';
const total = Number(p.bytes || 268435456);
const chunkSize = Number(p.chunk || 65536);
const chunk = Buffer.alloc(chunkSize, 0x61);
c.watchdog(workload, Number(p.timeout_ms || 120000));

let t0 = 0;
let finished = false;  // errors after the measurement (teardown races) do not count
let client = null;
const server = net.createServer(function (sock) {
  let received = 0;
  sock.on('data', function (d) {
    received += d.length;
    if (received >= total) {
      const ms = c.nowMs() - t0;
      finished = true;
      if (received !== total) c.fail(workload, 'received ' + received + ' != ' + total);
      c.report(workload, { 'MiB/s': (total / 1048576) / (ms / 1000) },
        { bytes: total, chunk: chunkSize, ms: ms });
      sock.destroy();
      client.destroy();
      server.close();
    }
  });
  sock.on('error', function (e) { if (!finished) c.fail(workload, 'server socket: ' + e.message); });
});

c.listen(server, kind, workload, function (opts) {
  client = net.connect(opts);
  client.on('error', function (e) { if (!finished) c.fail(workload, 'client: ' + e.message); });
  let sent = 0;
  function pump() {
    while (sent < total) {
      const n = Math.min(chunkSize, total - sent);
      sent += n;
      if (!client.write(n === chunkSize ? chunk : chunk.subarray(0, n))) {
        client.once('drain', pump);
        return;
      }
    }
  }
  client.on('connect', function () { t0 = c.nowMs(); pump(); });
});
