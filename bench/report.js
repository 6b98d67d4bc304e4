'use strict';
// Aggregates the result lines of bench/run: medians per workload and implementation, the
// ratio netcore/node (node/netcore for times and memory: > 1 means netcore is better), the
// ceiling's epoll/node, and whether netcore meets its target. The script_* rows compare
// `netbench run` (impl "script") with node running the same file (impl "script_node").
// netcore and `netbench run` on netcore's EpollEventDispatcher (impls "netcore_epolldisp",
// "script_epolldisp", bench/run --dispatcher) get columns of their own beside Qt's dispatcher.
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
// target: ratio = minimum netcore-vs-node ratio (ceiling: and the minimum share of the epoll
// ceiling's figure); max = a ceiling on netcore's raw value;
// none = reported only. ours/base: the implementations compared (netcore and node by default).
const script = { ours: 'script', base: 'script_node' };
// The window (bench/gui/gui_scale): no baseline; the stall target is the window's (100 ms).
const gui = { ours: 'gui', base: 'none', countLabel: true };
const rows = [
  { row: 'tcp_throughput', from: 'tcp_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 2.0 } },
  { row: 'unix_throughput', from: 'unix_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.8 } },
  { row: 'tcp_pingpong', from: 'tcp_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 1.6, ceiling: 0.8 } },
  { row: 'unix_pingpong', from: 'unix_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 1.6, ceiling: 0.8 } },
  { row: 'tcp_pingpong_1000idle', from: 'tcp_pingpong_1000idle', metric: 'rt/s', better: 'higher', target: { ratio: 1.6, ceiling: 0.8 } },
  { row: 'connect_cycles', from: 'connect_cycles', metric: 'cycles/s', better: 'higher', target: { ratio: 1.8 } },
  { row: 'idle_5000_memory', from: 'idle_5000', metric: 'KiB/conn', unit: 'KiB/conn', better: 'lower', target: { max: 2.0 } },
  { row: 'idle_5000_establish', from: 'idle_5000', metric: 'establish_ms', unit: 'ms', better: 'lower', target: { ratio: 2.0 } },
  // bench/run runs idle_20000 with fewer connections when the open-file limit is too low for
  // 40,000 descriptors: the row is named after the count that ran (idle_9900_memory).
  { row: 'idle_20000_memory', from: 'idle_20000', metric: 'KiB/conn', unit: 'KiB/conn', better: 'lower', target: { max: 2.0 }, countLabel: true },
  { row: 'idle_20000_establish', from: 'idle_20000', metric: 'establish_ms', unit: 'ms', better: 'lower', target: { ratio: 2.0 }, countLabel: true },
  { row: 'script_tcp_throughput', from: 'script_tcp_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.1 }, ...script },
  { row: 'script_unix_throughput', from: 'script_unix_throughput', metric: 'MiB/s', better: 'higher', target: { ratio: 1.1 }, ...script },
  { row: 'script_tcp_pingpong', from: 'script_tcp_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 0.9 }, ...script },
  { row: 'script_unix_pingpong', from: 'script_unix_pingpong', metric: 'rt/s', better: 'higher', target: { ratio: 0.9 }, ...script },
  { row: 'script_startup', from: 'script_startup', metric: 'ms', unit: 'ms/launch', better: 'lower', target: { ratio: 2.0 }, ...script },
  { row: 'gui_10000_show', from: 'gui_10000', metric: 'show_ms', unit: 'ms', better: 'lower', target: { none: true }, ...gui },
  { row: 'gui_10000_stall_connect', from: 'gui_10000', metric: 'stall_connect_ms', unit: 'ms', better: 'lower', target: { max: 100 }, ...gui },
  { row: 'gui_10000_stall_idle', from: 'gui_10000', metric: 'stall_idle_ms', unit: 'ms', better: 'lower', target: { max: 100 }, ...gui },
  { row: 'gui_10000_stall_close', from: 'gui_10000', metric: 'stall_close_ms', unit: 'ms', better: 'lower', target: { max: 100 }, ...gui },
  { row: 'gui_10000_close', from: 'gui_10000', metric: 'close_ms', unit: 'ms', better: 'lower', target: { none: true }, ...gui },
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

// "idle_20000_memory" -> "idle_9900_memory" (gui_10000_* likewise) when the runs had 9,900 connections (the fewest
// any run of the row had, so a short run is never hidden behind the full name).
function rowName(row) {
  if (!row.countLabel) return row.row;
  const counts = results.filter(r => r.workload === row.from && typeof r.connections === 'number')
    .map(r => r.connections);
  if (!counts.length) return row.row;
  return row.row.replace(/^(idle|gui)_\d+/, (_, kind) => `${kind}_${Math.min(...counts)}`);
}

const present = new Set(results.map(r => r.workload));
const out = [];
for (const row of rows) {
  if (!present.has(row.from)) continue;
  const nc = stats(row.ours || 'netcore', row);
  const nd = stats(row.base || 'node', row);
  const ed = stats(`${row.ours || 'netcore'}_epolldisp`, row);
  const ep = stats('epoll', row);
  const r = ratio(nc.median, nd.median, row.better);
  const rEd = ratio(ed.median, nd.median, row.better);
  let targetText;
  const meets = (median, against) => {
    if (row.target.none) return null;
    if (row.target.ratio != null) {
      if (against == null) return null;
      // Ping-pong rows must also reach a share of the epoll ceiling measured in the same run.
      if (row.target.ceiling != null) {
        const share = ratio(median, ep.median, row.better);
        if (share == null) return null;
        return against >= row.target.ratio && share >= row.target.ceiling;
      }
      return against >= row.target.ratio;
    }
    return median == null ? null : median <= row.target.max;
  };
  if (row.target.none) targetText = '-';
  else if (row.target.ceiling != null)
    targetText = `>= ${row.target.ratio.toFixed(1)}x, ${row.target.ceiling.toFixed(1)}x epoll`;
  else if (row.target.ratio != null) targetText = `>= ${row.target.ratio.toFixed(1)}x`;
  else targetText = `<= ${row.target.max} ${row.unit || row.metric}`;
  const met = meets(nc.median, r);
  out.push({
    workload: rowName(row),
    unit: row.unit || row.metric,
    better: row.better,
    netbench: nc.median,
    node: nd.median,
    ratio: r,
    netbench_epolldisp: ed.median,
    ratio_epolldisp: rEd,
    epoll: ep.median,
    epoll_ratio: ratio(ep.median, nd.median, row.better),
    // The share of the ceiling each dispatcher reaches (C++ rows).
    ceiling_share: ratio(nc.median, ep.median, row.better),
    ceiling_share_epolldisp: ratio(ed.median, ep.median, row.better),
    target: targetText,
    met,
    met_epolldisp: meets(ed.median, rEd),
    runs: { netbench: nc.runs, netbench_epolldisp: ed.runs, node: nd.runs, epoll: ep.runs },
    failed: { netbench: nc.failed, netbench_epolldisp: ed.failed, node: nd.failed, epoll: ep.failed },
  });
}

const round = v => (v == null ? null : Number(v.toPrecision(v >= 100 ? 6 : 4)));
const round3 = v => (v == null ? null : Number(v.toFixed(3)));
const withEpollDispatcher = out.some(o => o.netbench_epolldisp != null || o.failed.netbench_epolldisp > 0);
if (format === 'json') {
  for (const o of out) {
    process.stdout.write(JSON.stringify({
      workload: o.workload, ...(cpuBasis ? { basis: 'cpu' } : {}), unit: o.unit, netbench: round(o.netbench), node: round(o.node),
      ratio: round3(o.ratio),
      ...(withEpollDispatcher ? {
        netbench_epolldisp: round(o.netbench_epolldisp), ratio_epolldisp: round3(o.ratio_epolldisp),
        ceiling_share: round3(o.ceiling_share), ceiling_share_epolldisp: round3(o.ceiling_share_epolldisp),
        met_epolldisp: o.met_epolldisp,
      } : {}),
      epoll: round(o.epoll),
      epoll_ratio: round3(o.epoll_ratio),
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
const fmtMet = (o, met) => (o.target === '-' ? '-' : met == null ? 'n/a' : met ? 'yes' : 'NO');
// With --dispatcher qt,epoll: netbench on Qt's dispatcher ("qt", the fallback), then on
// netcore's ("ed", the default), each against node and (C++ rows) as a share of the ceiling.
const header = withEpollDispatcher
  ? ['workload', 'unit', 'qt', 'ed', 'node', 'epoll', 'qt/node', 'ed/node', 'epoll/node',
     'qt/epoll', 'ed/epoll', 'target', 'met qt', 'met ed']
  : ['workload', 'unit', 'netbench', 'node', 'epoll', 'netbench/node', 'epoll/node', 'target', 'met'];
const body = out.map(o => {
  const fails = Object.entries(o.failed).filter(([, n]) => n > 0).map(([k, n]) => `${k} failed ${n}x`);
  const failText = fails.length ? ` (${fails.join(', ')})` : '';
  if (withEpollDispatcher) {
    return [
      o.workload, o.unit, fmt(o.netbench), fmt(o.netbench_epolldisp), fmt(o.node), fmt(o.epoll),
      fmtRatio(o.ratio), fmtRatio(o.ratio_epolldisp), fmtRatio(o.epoll_ratio),
      fmtRatio(o.ceiling_share), fmtRatio(o.ceiling_share_epolldisp), o.target,
      fmtMet(o, o.met), fmtMet(o, o.met_epolldisp) + failText,
    ];
  }
  return [
    o.workload, o.unit, fmt(o.netbench), fmt(o.node), fmt(o.epoll), fmtRatio(o.ratio),
    fmtRatio(o.epoll_ratio), o.target, fmtMet(o, o.met) + failText,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)));
const numeric = new Set(withEpollDispatcher ? [2, 3, 4, 5, 6, 7, 8, 9, 10] : [2, 3, 4, 5, 6]);
const line = cells => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
console.log(`netbench bench: medians of ${roundsArg} round(s)${quickArg === '1' ? ' (--quick: small sizes)' : ''}; ` +
  `${os.cpus().length} cores, ${cpu}, Linux ${os.release()}, node ${process.version}`);
if (process.env.NETBENCH_LOAD) console.log(`load average (1/5/15 min) before -> after: ${process.env.NETBENCH_LOAD}`);
if (cpuBasis) console.log('basis: CPU time of each process (user + system), not wall-clock time');
console.log('netbench: netcore_bench (C++ rows), or `netbench run` on bench/script/*.js (script_* rows, node runs the same file)');
if (withEpollDispatcher) console.log('ed: netbench on netcore\'s EpollEventDispatcher (the default); qt: the same on Qt\'s dispatcher (NETBENCH_EVENT_DISPATCHER=qt, the fallback)');
console.log('ratio > 1: netbench is better (throughput and rates: netbench/node; times and memory: node/netbench)');
console.log('');
console.log(line(header));
console.log(widths.map(w => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
