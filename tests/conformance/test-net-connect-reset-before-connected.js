'use strict';
// Node's test-net-connect-reset-before-connected.js: resetAndDestroy() then destroy() on a
// socket still connecting: no 'connect', no 'error', and the process ends.
const common = require('./common');
const net = require('net');

const server = net.createServer();
server.listen(0);
const port = server.address().port;
const socket = net.connect(port, '127.0.0.1', common.mustNotCall());
socket.on('error', common.mustNotCall());
server.close();
socket.resetAndDestroy();
// `reset` waiting socket connected to sent the RST packet
socket.destroy();
