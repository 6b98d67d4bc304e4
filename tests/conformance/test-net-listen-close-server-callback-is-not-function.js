'use strict';
// Node's test-net-listen-close-server-callback-is-not-function.js: close() with an argument
// that is not a function, in the tick of listen(): 'close' comes, 'listening' and connections
// never.
const common = require('./common');
const net = require('net');

const server = net.createServer(common.mustNotCall());

server.on('close', common.mustCall());

server.listen(0, common.mustNotCall());

server.close('bad argument');
