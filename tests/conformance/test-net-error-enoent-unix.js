'use strict';
// Connecting to a Unix socket path that does not exist: 'error' ENOENT with message
// 'connect ENOENT <path>', errno -2, syscall 'connect', address = the path; then 'close'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('missing');
const client = net.createConnection({ path: path });
client.on('connect', common.mustNotCall());
client.on('lookup', common.mustNotCall('no lookup for a path'));
client.on('error', common.mustCall((err) => {
  common.checkError(err, {
    code: 'ENOENT',
    errno: process.platform === 'linux' ? -2 : err.errno,
    syscall: 'connect',
    address: path,
    message: 'connect ENOENT ' + path
  });
  assert.strictEqual(err.port, undefined);
}));
client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
