'use strict';
// Node's test-net-connect-after-destroy.js (node-v0.x-archive#819): destroy() right after a
// connect() to a host name that needs a lookup (localhost here, loopback only) does not throw
// when the lookup answers, and the process ends.
require('./common');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', function() {
  const c = net.createConnection(server.address().port, 'localhost');
  c.destroy();
  server.close();
});
