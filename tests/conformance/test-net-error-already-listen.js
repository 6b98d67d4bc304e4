'use strict';
// Calling listen() on a server that is listening throws ERR_SERVER_ALREADY_LISTEN; after
// close() the same server may listen again.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => server.listen(0, '127.0.0.1'), {
    name: 'Error',
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.'
  });
  server.close(common.mustCall(() => {
    assert.strictEqual(server.listening, false);
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      assert.strictEqual(server.listening, true);
      server.close();
    }));
  }));
}));
