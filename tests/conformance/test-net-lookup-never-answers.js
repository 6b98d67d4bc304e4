'use strict';
// A custom `lookup` that never calls back holds nothing open, as in Node (the script's
// function is no request of the loop): the process ends with the socket still connecting and
// no 'close'. A lookup that answers from a timer keeps the process up through its timer, and
// the connection it leads to completes.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const silent = net.connect({
  port: 9,
  host: 'never.invalid',
  lookup: common.mustCall((host) => assert.strictEqual(host, 'never.invalid'))
});
silent.on('close', common.mustNotCall('close'));
silent.on('error', common.mustNotCall('error'));

const server = net.createServer((connection) => connection.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const late = net.connect({
    port: server.address().port,
    host: 'late.invalid',
    lookup: common.mustCall((host, options, callback) => {
      setTimeout(() => {
        if (options.all)
          callback(null, [{ address: '127.0.0.1', family: 4 }]);
        else
          callback(null, '127.0.0.1', 4);
      }, 20);
    })
  });
  late.on('connect', common.mustCall());
  late.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(silent.connecting, true);
  assert.strictEqual(silent.pending, true);
});
common.watchdog(10000);
