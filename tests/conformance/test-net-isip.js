'use strict';
// net.isIP(): 4 for IPv4, 6 for IPv6, 0 for everything else (edge cases included).
require('./common');
const assert = require('assert');
const net = require('net');

const v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4', '10.0.0.1', '192.168.1.1'];
const v6 = ['::1', '::', '::ffff:127.0.0.1', 'fe80::1', '2001:db8::ff00:42:8329',
            '2001:0db8:0000:0000:0000:ff00:0042:8329', 'FFFF::FFFF', '1::', '::0:0:0:0',
            '1:2:3:4:5:6:7:8', '1:2:3:4:5:6::8', '::2:3:4:5:6:7:8', 'fe80::1%eth0', '::1.2.3.4',
            '1:2:3:4:5:6:1.2.3.4'];
const none = ['', ' ', '127.0.0.1 ', ' ::1', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4',
              '1.2.3.04', '-1.2.3.4', '1.2.3.a', '0x7f.0.0.1', '1..2.3', 'localhost', 'example.com',
              ':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::1', '::ffff:256.0.0.1',
              '[::1]', '1:2:3:4:5:6:7', 'abc', '127.0.0.1/8', '::1/128'];

v4.forEach((s) => assert.strictEqual(net.isIP(s), 4, JSON.stringify(s)));
v6.forEach((s) => assert.strictEqual(net.isIP(s), 6, JSON.stringify(s)));
none.forEach((s) => assert.strictEqual(net.isIP(s), 0, JSON.stringify(s)));

// Non-strings are not addresses (and do not throw).
[undefined, null, 0, 4, 127001, true, {}, [], function() {}].forEach((v) => {
  assert.strictEqual(net.isIP(v), 0, String(v));
});
assert.strictEqual(net.isIP(), 0);
