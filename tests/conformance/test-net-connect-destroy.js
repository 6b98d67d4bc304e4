'use strict';
// Node's test-net-connect-destroy.js: destroy() on a socket that never connected emits 'close'.
const common = require('./common');
const net = require('net');

const socket = new net.Socket();
socket.on('close', common.mustCall());
socket.destroy();
