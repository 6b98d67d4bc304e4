'use strict';
// net.isIPv4() and net.isIPv6() are booleans consistent with isIP(), also for odd input.
require('./common');
const assert = require('assert');
const net = require('net');

const samples = ['127.0.0.1', '0.0.0.0', '::', '::1', '::ffff:10.0.0.1', 'fe80::a%1', '1.2.3',
                 '256.1.1.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '', 'localhost', '0127.0.0.1',
                 '0:0:0:0:0:0:0:0', '::ffff:1.2.3.256'];
samples.forEach((s) => {
  const kind = net.isIP(s);
  assert.strictEqual(net.isIPv4(s), kind === 4, 'isIPv4 ' + JSON.stringify(s));
  assert.strictEqual(net.isIPv6(s), kind === 6, 'isIPv6 ' + JSON.stringify(s));
});

assert.strictEqual(net.isIPv4('192.168.0.255'), true);
assert.strictEqual(net.isIPv4('192.168.0.256'), false);
assert.strictEqual(net.isIPv4('::1'), false);
assert.strictEqual(net.isIPv6('::1'), true);
assert.strictEqual(net.isIPv6('127.0.0.1'), false);
assert.strictEqual(net.isIPv6('::ffff:127.0.0.1'), true);
assert.strictEqual(net.isIPv6(':1'), false);
[undefined, null, 42, {}, []].forEach((v) => {
  assert.strictEqual(net.isIPv4(v), false);
  assert.strictEqual(net.isIPv6(v), false);
});
