'use strict';
// Node's test-net-server-unref-persistent.js: unref() before listen() lasts: the listening
// server does not keep the process alive.
const common = require('./common');
const net = require('net');
const server = net.createServer();

// unref before listening
server.unref();
server.listen();

// If the timeout fires, the server held the event loop open and the unref() was not
// persistent.
setTimeout(common.mustNotCall('the server kept the process alive'), 1000).unref();
