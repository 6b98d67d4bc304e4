'use strict';
// Node's test-net-server-close-before-calling-lookup-callback.js: listen(0, 'localhost') then
// close() in the same tick: the lookup's answer creates no server, no 'listening', and the
// process ends.
const common = require('./common');
const net = require('net');
net.createServer().listen(0, 'localhost', common.mustNotCall()).close();
