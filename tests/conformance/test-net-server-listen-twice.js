'use strict';
// listen() twice in the same tick throws ERR_SERVER_ALREADY_LISTEN at the second call; the
// first listen is unaffected: one 'listening', and the server closes normally.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, common.mustCall(() => server.close(common.mustSucceed())));
assert.throws(() => server.listen(0), {
  name: 'Error',
  code: 'ERR_SERVER_ALREADY_LISTEN',
  message: 'Listen method has been called more than once without closing.'
});
server.on('listening', common.mustCall());
