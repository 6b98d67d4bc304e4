'use strict';
// Node's test-net-listen-fd0.js: listen({fd: 0}) on a descriptor that is no listening socket
// fails with an asynchronous 'error' (EINVAL or ENOTSOCK), not an exception.
require('./common');
const assert = require('assert');
const net = require('net');

let gotError = false;

process.on('exit', function() {
  assert(gotError instanceof Error);
});

// This should fail with an async EINVAL error, not throw an exception
net.createServer(assert.fail).listen({ fd: 0 }).on('error', function(e) {
  switch (e.code) {
    case 'EINVAL':
    case 'ENOTSOCK':
      gotError = e;
      break;
  }
});
