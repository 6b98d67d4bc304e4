'use strict';
// Node's test-net-connect-immediate-destroy.js: destroy() in the tick of connect() to a server
// closed in that tick: no 'connect', no 'error', the process ends.
const common = require('./common');
const net = require('net');

const server = net.createServer();
server.listen(0);
const port = server.address().port;
const socket = net.connect(port, '127.0.0.1', common.mustNotCall());
socket.on('error', common.mustNotCall());
server.close();
socket.destroy();
