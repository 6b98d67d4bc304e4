'use strict';
// Node's test-net-deprecated-setsimultaneousaccepts.js: net._setSimultaneousAccepts() exists
// (a no-op off Windows) and emits DeprecationWarning DEP0121 with Node's text, once.
const common = require('./common');
const assert = require('assert');
const { _setSimultaneousAccepts } = require('net');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.message,
                     'net._setSimultaneousAccepts() is deprecated and will be removed.');
  assert.strictEqual(warning.code, 'DEP0121');
}));

_setSimultaneousAccepts();
_setSimultaneousAccepts();
