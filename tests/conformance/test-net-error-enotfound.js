'use strict';
// A name under the reserved .invalid TLD does not resolve: 'lookup' reports the error, then
// 'error' has code ENOTFOUND, syscall 'getaddrinfo', hostname, and message
// 'getaddrinfo ENOTFOUND <host>'; then 'close'. (Skipped when there is no resolver at all.)
const common = require('./common');
const assert = require('assert');
const net = require('net');

const host = 'no-such-host.invalid';
const events = [];
const client = net.connect(80, host);
client.on('connect', common.mustNotCall());
client.on('lookup', common.mustCall((err, address, family, hostname) => {
  events.push('lookup');
  assert.ok(err instanceof Error);
  assert.strictEqual(hostname, host);
}));
client.on('error', common.mustCall((err) => {
  events.push('error');
  if (err.code === 'EAI_AGAIN') {
    console.log('# no DNS resolver reachable: only the EAI_AGAIN shape was checked');
    assert.strictEqual(err.message, 'getaddrinfo EAI_AGAIN ' + host);
    return;
  }
  common.checkError(err, {
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: host,
    message: 'getaddrinfo ENOTFOUND ' + host
  });
  assert.strictEqual(typeof err.errno, 'number');
}));
client.on('close', common.mustCall((hadError) => {
  events.push('close:' + hadError);
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['lookup', 'error', 'close:true']);
});
