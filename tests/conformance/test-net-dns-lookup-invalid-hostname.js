'use strict';
// dns.lookup() of an empty hostname (DEP0118): '' and null answer null (family 4, or 6 when
// asked), [] with all: true, and the DeprecationWarning is emitted once per process, however
// many such lookups (callback or promise) follow. A bad options.order lists Node's choices
// in Node's order.
const common = require('./common');
const assert = require('assert');
const dns = require('dns');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0118');
  assert.strictEqual(warning.message, 'The provided hostname "" is not a valid hostname, ' +
                                      'and is supported in the dns module solely for ' +
                                      'compatibility.');
}));

dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup(null, { family: 6 }, common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup('', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, []);
}));
dns.promises.lookup('').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { address: null, family: 4 });
}));

assert.throws(() => dns.lookup('localhost', { order: 'x' }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.order' must be one of: 'verbatim', 'ipv4first', " +
           "'ipv6first'. Received 'x'"
});
