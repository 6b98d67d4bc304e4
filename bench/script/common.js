'use strict';
// Shared by the bench/script workloads; runs under `netbench run` and under `node`.
// Only what both offer: net, os, path, process.hrtime([prev]), process.exit.
const os = require('os');
const path = require('path');

const impl = (process.versions && process.versions.netbench) ? 'netbench' : 'node';

// key=value arguments after the script name.
function params() {
  const out = {};
  process.argv.slice(2).forEach(function (arg) {
    const eq = arg.indexOf('=');
    if (eq > 0) out[arg.slice(0, eq)] = arg.slice(eq + 1);
    else out[arg] = true;
  });
  return out;
}

function nowMs() {
  const t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// A Unix socket path in the temp dir, unique to this process; listen() on it and close()
// of the server remove it (both runtimes unlink the path on close).
function unixPath(tag) {
  return path.join(os.tmpdir(), 'nbscript-' + tag + '-' + process.pid + '-' +
    Math.floor(Math.random() * 1e9).toString(36) + '.sock');
}

function report(workload, metrics, extra) {
  const line = { impl: impl, workload: workload, metrics: metrics };
  if (extra) Object.keys(extra).forEach(function (k) { line[k] = extra[k]; });
  process.stdout.write(JSON.stringify(line) + '\n');
}

function fail(workload, message) {
  process.stderr.write(impl + ' ' + workload + ': ' + message + '\n');
  process.exit(1);
}

// Listens on 127.0.0.1:0 (kind 'tcp') or a Unix socket (kind 'unix'); ready(connectOptions).
function listen(server, kind, workload, ready) {
  server.on('error', function (e) { fail(workload, 'server: ' + e.message); });
  if (kind === 'unix') {
    const p = unixPath(workload);
    server.listen({ path: p }, function () { ready({ path: p }); });
  } else if (kind === 'tcp') {
    server.listen({ port: 0, host: '127.0.0.1' }, function () {
      ready({ port: server.address().port, host: '127.0.0.1' });
    });
  } else {
    fail(workload, 'kind must be tcp or unix, not ' + kind);
  }
}

// A watchdog that ends the run with an error (unref'd: it does not keep the run alive).
function watchdog(workload, ms) {
  const t = setTimeout(function () { fail(workload, 'did not finish in ' + ms + ' ms'); }, ms);
  if (t && t.unref) t.unref();
  return t;
}

module.exports = { impl: impl, params: params, nowMs: nowMs, report: report, fail: fail,
  listen: listen, watchdog: watchdog };
