'use strict';
// 1-byte ping-pong: one connection with Nagle off; the client sends one byte, the server
// echoes it, the client sends the next when the echo arrives, `rounds` times.
//
//   netbench run bench/script/pingpong.js tcp|unix [rounds=N]
//   node bench/script/pingpong.js tcp|unix [rounds=N]
//
// Prints {"impl":...,"workload":"tcp_pingpong"|"unix_pingpong","metrics":{"rt/s":...}}.
const net = require('net');
const c = require('./common');

const p = c.params();
const kind = process.argv[2];
const workload = kind + '_pingpong';
const rounds = Number(p.rounds || 50000);
const one = Buffer.from([0x70]);
c.watchdog(workload, Number(p.timeout_ms || 120000));

let finished = false;  // errors after the measurement (teardown races) do not count
let serverSock = null;
const server = net.createServer(function (sock) {
  serverSock = sock;
  if (kind === 'tcp') sock.setNoDelay(true);
  sock.on('data', function (d) { sock.write(d); });
  sock.on('error', function (e) { if (!finished) c.fail(workload, 'server socket: ' + e.message); });
});

c.listen(server, kind, workload, function (opts) {
  const client = net.connect(opts);
  if (kind === 'tcp') client.setNoDelay(true);
  client.on('error', function (e) { if (!finished) c.fail(workload, 'client: ' + e.message); });
  let done = 0;
  let t0 = 0;
  client.on('data', function (d) {
    done += d.length;  // a 1-byte echo can only arrive as one byte: one round trip each
    if (done < rounds) {
      client.write(one);
      return;
    }
    const ms = c.nowMs() - t0;
    finished = true;
    if (done !== rounds) c.fail(workload, 'got ' + done + ' bytes for ' + rounds + ' rounds');
    c.report(workload, { 'rt/s': rounds / (ms / 1000) }, { rounds: rounds, ms: ms });
    if (serverSock) serverSock.destroy();
    client.destroy();
    server.close();
  });
  client.on('connect', function () { t0 = c.nowMs(); client.write(one); });
});
