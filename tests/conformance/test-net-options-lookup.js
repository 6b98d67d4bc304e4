'use strict';
// Node's test-net-options-lookup.js: a lookup option that is not a function throws (Node 20:
// ERR_INVALID_ARG_TYPE naming options.lookup); a function is accepted (this one never answers,
// and the process still ends).
require('./common');
const assert = require('assert');
const net = require('net');

['foobar', 1, {}, []].forEach((input) => connectThrows(input));

function connectThrows(input) {
  const opts = {
    host: 'localhost',
    port: 9,
    lookup: input,
  };

  assert.throws(function() {
    net.connect(opts);
  }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "options\.lookup" property must be of type function\. Received /,
  });
}

[() => {}].forEach((input) => connectDoesNotThrow(input));

function connectDoesNotThrow(input) {
  const opts = {
    host: 'localhost',
    port: 9,
    lookup: input,
  };

  net.connect(opts);
}
