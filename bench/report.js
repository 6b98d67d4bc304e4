'use strict';
// Aggregates the result lines of bench/run: medians per workload and implementation, the
// ratio netcore/node (node/netcore for times and memory: > 1 means netcore is better), the
// ceiling's epoll/node, and whether netcore meets its target. The script_* rows compare
// `netbench run` (impl "script") with node running the same file (impl "script_node").
//
//   node bench/report.js table|json RAW_FILE ROUNDS QUICK
const fs = require('fs');
const os = require('os');

const [format, rawFile, roundsArg, quickArg] = process.argv.slice(2);
const lines = fs.readFileSync(rawFile, 'utf8').split('\n').filter(l => l.startsWith('{'));
const results = lines.map(l => JSON.parse(l));
// NETBENCH_BASIS=cpu (bench/run --cpu-time): rates per second of CPU time of the process
// instead of per second of wall-clock time; less disturbed by other load on the machine.
const cpuBasis = process.env.NETBENCH_BASIS === 'cpu';
if (cpuBasis) {
  for (const r of results) {
    if (r.failed || !r.metrics || !(r.cpu_ms > 0)) continue;
    for (const key of Object.keys(r.metrics)) {
      if (key.endsWith('/s') && r.ms > 0) r.metrics[key] *= r.ms / r.cpu_ms;
      else if (key === 'establish_ms') r.metrics[key] = r.cpu_ms;
    }
  }
}

// One row per reported figure. better: which direction is good for the raw value.
// target: ratio = minimum netcore-vs-node ratio; max = a ceiling on netcore's raw value;
// none = reported only. ours/base: the implementations compared (netcore and node by default).
const script = { ours: 'script', base: 'script_node' };
const rows = [
  { row: 'tcp_throughput', from: 'tcp_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 2.0 } },
  { row: 'unix_throughput', from: 'unix_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.8 } },
  { row: 'tcp_pingpong', from: 'tcp_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 1.3 } },
  { row: 'unix_pingpong', from: 'unix_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 1.3 } },
  { row: 'tcp_pingpong_1000idle', from: 'tcp_pingpong_1000idle', metric: 'rt/s', better: 'higher', target: { ratio: 1.5 } },
  { row: 'connect_cycles', from: 'connect_cycles', metric: 'cycles/s', better: 'higher', target: { ratio: 1.6 } },
  { row: 'idle_5000_memory', from: 'idle_5000', metric: 'KiB/conn', unit: 'KiB/conn', better: 'lower', target: { max: 2.0 } },
  { row: 'idle_5000_establish', from: 'idle_5000', metric: 'establish_ms', unit: 'ms', better: 'lower', target: { ratio: 2.0 } },
  { row: 'script_tcp_throughput', from: 'script_tcp_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.0 }, ...script },
  { row: 'script_unix_throughput', from: 'script_unix_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.0 }, ...script },
  { row: 'script_tcp_pingpong', from: 'script_tcp_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 0.7 }, ...script },
  { row: 'script_unix_pingpong', from: 'script_unix_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 0.7 }, ...script },
  { row: 'script_startup', from: 'script_startup', metric: 'ms', unit: 'ms/launch', better: 'lower', target: { none: true }, ...script },
];

function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function stats(impl, row) {
  const mine = results.filter(r => r.impl === impl && r.workload === row.from);
  const values = mine.filter(r => !r.failed && r.metrics && typeof r.metrics[row.metric] === 'number')
    .map(r => r.metrics[row.metric]);
  return { median: median(values), runs: values.length, failed: mine.filter(r => r.failed).length };
}

function ratio(a, b, better) {  // "how much better a is than b"
  if (a == null || b == null) return null;
  if (better === 'higher') return b > 0 ? a / b : null;
  return a > 0 ? b / a : null;
}

const present = new Set(results.map(r => r.workload));
const out = [];
for (const row of rows) {
  if (!present.has(row.from)) continue;
  const nc = stats(row.ours || 'netcore', row);
  const nd = stats(row.base || 'node', row);
  const ep = stats('epoll', row);
  const r = ratio(nc.median, nd.median, row.better);
  let met = null;
  let targetText;
  if (row.target.none) {
    targetText = '-';
  } else if (row.target.ratio != null) {
    targetText = `>= ${row.target.ratio.toFixed(1)}x`;
    if (r != null) met = r >= row.target.ratio;
  } else {
    targetText = `<= ${row.target.max} ${row.unit || row.metric}`;
    if (nc.median != null) met = nc.median <= row.target.max;
  }
  out.push({
    workload: row.row,
    unit: row.unit || row.metric,
    better: row.better,
    netbench: nc.median,
    node: nd.median,
    ratio: r,
    epoll: ep.median,
    epoll_ratio: ratio(ep.median, nd.median, row.better),
    target: targetText,
    met,
    runs: { netbench: nc.runs, node: nd.runs, epoll: ep.runs },
    failed: { netbench: nc.failed, node: nd.failed, epoll: ep.failed },
  });
}

const round = v => (v == null ? null : Number(v.toPrecision(v >= 100 ? 6 : 4)));
if (format === 'json') {
  for (const o of out) {
    process.stdout.write(JSON.stringify({
      workload: o.workload, ...(cpuBasis ? { basis: 'cpu' } : {}), unit: o.unit, netbench: round(o.netbench), node: round(o.node),
      ratio: o.ratio == null ? null : Number(o.ratio.toFixed(3)),
      epoll: round(o.epoll),
      epoll_ratio: o.epoll_ratio == null ? null : Number(o.epoll_ratio.toFixed(3)),
      better: o.better, target: o.target, met: o.met, runs: o.runs, failed: o.failed,
    }) + '\n');
  }
  process.exit(0);
}

const fmt = v => {
  if (v == null) return 'n/a';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
};
const fmtRatio = v => (v == null ? 'n/a' : `${v.toFixed(2)}x`);
const header = ['workload', 'unit', 'netbench', 'node', 'epoll', 'netbench/node', 'epoll/node', 'target', 'met'];
const body = out.map(o => {
  const fails = Object.entries(o.failed).filter(([, n]) => n > 0).map(([k, n]) => `${k} failed ${n}x`);
  return [
    o.workload, o.unit, fmt(o.netbench), fmt(o.node), fmt(o.epoll), fmtRatio(o.ratio),
    fmtRatio(o.epoll_ratio), o.target,
    (o.target === '-' ? '-' : o.met == null ? 'n/a' : o.met ? 'yes' : 'NO') + (fails.length ? ` (${fails.join(', ')})` : ''),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)));
const numeric = new Set([2, 3, 4, 5, 6]);
const line = cells => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
console.log(`netbench bench: medians of ${roundsArg} round(s)${quickArg === '1' ? ' (--quick: small sizes)' : ''}; ` +
  `${os.cpus().length} cores, ${cpu}, Linux ${os.release()}, node ${process.version}`);
if (process.env.NETBENCH_LOAD) console.log(`load average (1/5/15 min) before -> after: ${process.env.NETBENCH_LOAD}`);
if (cpuBasis) console.log('basis: CPU time of each process (user + system), not wall-clock time');
console.log('netbench: netcore_bench (C++ rows), or `netbench run` on bench/script/*.js (script_* rows, node runs the same file)');
console.log('ratio > 1: netbench is better (throughput and rates: netbench/node; times and memory: node/netbench)');
console.log('');
console.log(line(header));
console.log(widths.map(w => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
