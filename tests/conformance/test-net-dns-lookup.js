'use strict';
// require('dns').lookup() and dns.promises.lookup() as Node's: 'localhost' and literals, the
// all/family options, ENOTFOUND with Node's fields, the argument checks; the answer is what
// net.connect() uses by default and what a script passes as `lookup`.
const common = require('./common');
const assert = require('assert');
const dns = require('dns');
const net = require('net');

assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(require('node:dns'), dns);

dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '::1', family: 6 }]);
}));
dns.lookup('localhost', { family: 4 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('localhost', { all: true, family: 'IPv4' }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));
dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup('nonexistent.invalid', common.mustCall((error, address) => {
  common.checkError(error, { code: 'ENOTFOUND', syscall: 'getaddrinfo', errno: -3008,
                             hostname: 'nonexistent.invalid',
                             message: 'getaddrinfo ENOTFOUND nonexistent.invalid' });
  assert.strictEqual(address, undefined);
}));

dns.promises.lookup('localhost', { family: 4 }).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
}));
dns.promises.lookup('127.0.0.1', { all: true }).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, [{ address: '127.0.0.1', family: 4 }]);
}));
dns.promises.lookup('nonexistent.invalid').then(common.mustNotCall(), common.mustCall((e) => {
  assert.strictEqual(e.code, 'ENOTFOUND');
}));

function refused(fn, code, message) {
  assert.throws(fn, (error) => {
    assert.strictEqual(error.code, code);
    assert.strictEqual(error.message, message);
    return true;
  });
}
refused(() => dns.lookup('x', { family: 5 }, () => {}), 'ERR_INVALID_ARG_VALUE',
        "The property 'options.family' must be one of: 0, 4, 6. Received 5");
refused(() => dns.lookup('x', { hints: 5555 }, () => {}), 'ERR_INVALID_ARG_VALUE',
        "The argument 'hints' is invalid. Received 5555");
refused(() => dns.lookup('x', { all: 1 }, () => {}), 'ERR_INVALID_ARG_TYPE',
        'The "options.all" property must be of type boolean. Received type number (1)');
refused(() => dns.lookup(5, () => {}), 'ERR_INVALID_ARG_TYPE',
        'The "hostname" argument must be of type string. Received type number (5)');
refused(() => dns.lookup('x', {}), 'ERR_INVALID_ARG_TYPE',
        'The "callback" argument must be of type function. Received undefined');
refused(() => dns.lookup('x', 'y', () => {}), 'ERR_INVALID_ARG_TYPE',
        'The "options" argument must be of type object or integer. Received type string (\'y\')');
refused(() => dns.lookup('x', 5, () => {}), 'ERR_INVALID_ARG_VALUE',
        "The argument 'family' must be one of: 0, 4, 6. Received 5");

// dns.lookup as the lookup option of connect().
const server = net.createServer(common.mustCall((socket) => socket.end()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: 'localhost', family: 4,
                               lookup: dns.lookup });
  client.on('lookup', common.mustCall((error, address, family, host) => {
    assert.strictEqual(error, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
