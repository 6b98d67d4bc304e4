'use strict';
// net.setDefaultAutoSelectFamily() takes only a boolean and
// setDefaultAutoSelectFamilyAttemptTimeout() only an int32 >= 1 (raised to 10), each with
// Node's error and message; a refused value leaves the default as it was.
require('./common');
const assert = require('assert');
const net = require('net');

for (const value of ['x', 1, null, undefined]) {
  assert.throws(() => net.setDefaultAutoSelectFamily(value),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => net.setDefaultAutoSelectFamily('x'), {
  message: 'The "value" argument must be of type boolean. Received type string (\'x\')'
});
assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
net.setDefaultAutoSelectFamily(true);

assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "value" argument must be of type number. Received type string (\'x\')'
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "value" is out of range. It must be >= 1 && <= 2147483647. Received 0'
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be an integer. Received 1.5'
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(2 ** 31),
              { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(100);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 100);
