'use strict';
// Node's test-net-can-reset-timeout.js: a write from the 'timeout' listener works, the
// timeout fires once, and both sides end normally.
const common = require('./common');
const net = require('net');

const server = net.createServer(common.mustCall(function(stream) {
  stream.setTimeout(100);

  stream.resume();

  stream.on('timeout', common.mustCall(function() {
    // Try to reset the timeout.
    stream.write('WHAT.');
  }));

  stream.on('end', common.mustCall(function() {
    stream.end();
  }));
}));

server.listen(0, function() {
  const c = net.createConnection(this.address().port);

  c.on('data', function() {
    c.end();
  });

  c.on('end', common.mustCall(function() {
    server.close();
  }));
});
