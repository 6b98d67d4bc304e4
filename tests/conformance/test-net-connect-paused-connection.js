'use strict';
// Node's test-net-connect-paused-connection.js: a paused client connected to 'localhost',
// with the server and the accepted socket unref'd, lets the process end.
const common = require('./common');
const net = require('net');

net.createServer(function(conn) {
  conn.unref();
}).listen(0, function() {
  net.connect(this.address().port, 'localhost').pause();

  setTimeout(common.mustNotCall('expected to exit'), 1000).unref();
}).unref();
