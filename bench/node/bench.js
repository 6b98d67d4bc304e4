'use strict';
// Node's side of the netbench benchmark: the same workloads as bench/netcore_bench.cpp and
// bench/epoll_ceiling.cpp, server and client in this one process on this one event loop.
//
//   node bench/node/bench.js <workload> [key=value ...]
//
// Prints one JSON line: {"impl":"node","workload":...,"metrics":{...},...}. Exit code 0 on
// success; any mismatch (bytes, round trips, connections) or the watchdog ends it with 1.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const workload = process.argv[2];
const params = {};
for (const arg of process.argv.slice(3)) {
  const eq = arg.indexOf('=');
  if (eq < 0) fail(`bad argument ${arg} (want key=value)`);
  params[arg.slice(0, eq)] = arg.slice(eq + 1);
}
const num = (key, def) => (key in params ? Number(params[key]) : def);

const now = () => Number(process.hrtime.bigint()) / 1e6;  // ms, monotonic
// The timed section: start() when it begins, stop() when it ends; the CPU time in between
// (process.cpuUsage: all threads, user + system) goes into the result line as cpu_ms.
let cpuStart = null;
let cpuSpent = null;
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const start = () => { cpuStart = cpuMs(); return now(); };
const stop = () => { const t = now(); if (cpuStart != null) cpuSpent = cpuMs() - cpuStart; return t; };
const watchdogMs = num('timeout_ms', 300000);
setTimeout(() => fail(`watchdog: ${workload} did not finish in ${watchdogMs} ms`), watchdogMs).unref();

let tmpDir = null;
function unixPath() {
  if (!tmpDir) tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'netbench-node-'));
  return path.join(tmpDir, 'sock');
}
function cleanup() {
  if (tmpDir) { try { fs.rmSync(tmpDir, { recursive: true, force: true }); } catch (_) {} tmpDir = null; }
}
function fail(message) {
  cleanup();
  process.stderr.write(`node bench: ${message}\n`);
  process.exit(1);
}
function report(metrics, extra = {}) {
  if (cpuSpent != null) extra.cpu_ms = cpuSpent;
  process.stdout.write(JSON.stringify({ impl: 'node', workload, metrics, ...extra }) + '\n');
  cleanup();
  process.exit(0);
}

// Listens on 127.0.0.1 (kind 'tcp') or a Unix socket in a temp dir (kind 'unix'); calls
// ready(connectOptions) once listening.
function listen(server, kind, ready) {
  server.on('error', e => fail(`server: ${e.message}`));
  if (kind === 'unix') {
    const p = unixPath();
    server.listen({ path: p, backlog: 511 }, () => ready({ path: p }));
  } else {
    server.listen({ port: 0, host: '127.0.0.1', backlog: 511 }, () =>
      ready({ port: server.address().port, host: '127.0.0.1' }));
  }
}

function throughput(kind) {
  const total = num('bytes', 1 << 30);
  const chunkSize = num('chunk', 64 * 1024);
  const chunk = Buffer.alloc(chunkSize, 0x61);
  let t0 = 0;
  const server = net.createServer(sock => {
    let received = 0;
    sock.on('data', d => {
      received += d.length;
      if (received >= total) {
        const ms = stop() - t0;
        if (received !== total) fail(`received ${received} != ${total}`);
        report({ 'MiB/s': (total / 1048576) / (ms / 1000) }, { bytes: total, ms });
      }
    });
    sock.on('error', e => fail(`server socket: ${e.message}`));
  });
  listen(server, kind, opts => {
    const client = net.connect(opts);
    client.on('error', e => fail(`client: ${e.message}`));
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const n = Math.min(chunkSize, total - sent);
        sent += n;
        if (!client.write(n === chunkSize ? chunk : chunk.subarray(0, n))) {
          client.once('drain', pump);
          return;
        }
      }
    };
    client.on('connect', () => { t0 = start(); pump(); });
  });
}

// Opens `count` connections to opts in batches of `batch` (each batch connected on both ends
// before the next starts); calls done(clients, serverSide) when all are up.
function openIdle(server, opts, count, batch, serverSide, done) {
  const clients = [];
  let started = 0;
  let connected = 0;
  const nextBatch = () => {
    if (started >= count) { done(clients); return; }
    const end = Math.min(count, started + batch);
    const target = end;
    // No 'error' listener on the idle sockets (the minimum a program needs; netcore_bench
    // has no errorOccurred handler on them either): an error throws and ends the process,
    // a connect that never completes trips this timer.
    const stall = setTimeout(() => fail(`idle batch stalled: ${connected} connected, ` +
      `${serverSide.count} accepted, want ${target}`), 20000);
    const check = () => {
      if (connected >= target && serverSide.count >= target) {
        clearTimeout(stall);
        serverSide.waiter = null;
        setImmediate(nextBatch);
      }
    };
    serverSide.waiter = check;
    for (; started < end; ++started) {
      const c = net.connect(opts);
      c.on('connect', () => { ++connected; check(); });
      clients.push(c);
    }
  };
  nextBatch();
}

function pingpong(kind, idle) {
  const rounds = num('rounds', 200000);
  const batch = num('batch', 500);
  const one = Buffer.from([0x70]);
  const serverSide = { count: 0, waiter: null, sockets: [] };
  const server = net.createServer({ noDelay: true }, sock => {
    sock.setNoDelay(true);
    sock.on('data', d => sock.write(d));
    sock.on('error', e => fail(`server socket: ${e.message}`));
    serverSide.sockets.push(sock);
    ++serverSide.count;
    if (serverSide.waiter) serverSide.waiter();
  });
  listen(server, kind, opts => {
    const run = () => {
      const client = net.connect(opts);
      client.setNoDelay(true);
      client.on('error', e => fail(`client: ${e.message}`));
      let done = 0;
      let t0 = 0;
      client.on('data', d => {
        done += d.length;
        if (done >= rounds) {
          const ms = stop() - t0;
          if (done !== rounds) fail(`round trips ${done} != ${rounds}`);
          report({ 'rt/s': rounds / (ms / 1000) }, { rounds, idle, ms });
        } else {
          client.write(one);
        }
      });
      client.on('connect', () => { t0 = start(); client.write(one); });
    };
    if (idle > 0) openIdle(server, opts, idle, batch, serverSide, () => run());
    else run();
  });
}

function connectCycles(kind) {
  const cycles = num('cycles', 20000);
  let done = 0;
  let t0 = 0;
  let pending = 0;
  let connectOpts = null;
  const closedOne = () => {
    if (--pending > 0) return;
    if (++done >= cycles) {
      const ms = stop() - t0;
      report({ 'cycles/s': cycles / (ms / 1000) }, { cycles, ms });
    } else {
      cycle();
    }
  };
  const server = net.createServer(sock => {
    sock.on('data', () => {});
    sock.on('error', e => fail(`server socket: ${e.message}`));
    sock.on('close', closedOne);
    sock.end();
  });
  const cycle = () => {
    pending = 2;
    const c = net.connect(connectOpts);
    c.on('error', e => fail(`client: ${e.message}`));
    c.on('data', () => {});
    c.on('connect', () => c.end());
    c.on('close', closedOne);
  };
  listen(server, kind, opts => {
    connectOpts = opts;
    t0 = start();
    cycle();
  });
}

function rssBytes() { return process.memoryUsage.rss(); }
function settle(fn) {
  // Let pending callbacks and the GC finish before reading RSS.
  if (global.gc) { global.gc(); global.gc(); }
  setTimeout(fn, 100);
}

function idleMany(kind, defaultCount) {
  const count = num('connections', defaultCount);
  const batch = num('batch', 500);
  const serverSide = { count: 0, waiter: null, sockets: [] };
  const server = net.createServer(sock => {
    serverSide.sockets.push(sock);  // no listener at all: see openIdle
    ++serverSide.count;
    if (serverSide.waiter) serverSide.waiter();
  });
  listen(server, kind, opts => settle(() => {
    const before = rssBytes();
    const t0 = start();
    openIdle(server, opts, count, batch, serverSide, clients => {
      const ms = stop() - t0;
      settle(() => {
        const after = rssBytes();
        if (clients.length !== count || serverSide.sockets.length !== count)
          fail(`connections ${clients.length}/${serverSide.sockets.length} != ${count}`);
        report({ 'KiB/conn': (after - before) / count / 1024, establish_ms: ms },
               { connections: count, rss_before: before, rss_after: after, gc: !!global.gc });
      });
    });
  }));
}

switch (workload) {
  case 'tcp_throughput': throughput('tcp'); break;
  case 'unix_throughput': throughput('unix'); break;
  case 'tcp_pingpong': pingpong('tcp', 0); break;
  case 'unix_pingpong': pingpong('unix', 0); break;
  case 'tcp_pingpong_1000idle': pingpong('tcp', num('idle', 1000)); break;
  case 'connect_cycles': connectCycles(params.kind === 'unix' ? 'unix' : 'tcp'); break;
  case 'idle_5000': idleMany(params.kind === 'unix' ? 'unix' : 'tcp', 5000); break;
  // 40,000 descriptors: see bench/run's open-file limit.
  case 'idle_20000': idleMany(params.kind === 'unix' ? 'unix' : 'tcp', 20000); break;
  default: fail(`unknown workload ${workload}`);
}
