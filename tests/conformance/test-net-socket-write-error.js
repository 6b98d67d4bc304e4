'use strict';
// Node's test-net-socket-write-error.js: write(1337) on a connected socket throws
// ERR_INVALID_ARG_TYPE (a TypeError); the socket still ends normally.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer().listen(0, connectToServer);

function connectToServer() {
  const client = net.createConnection(this.address().port, common.mustCall(() => {
    assert.throws(() => {
      client.write(1337);
    }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

    client.end();
  }))
  .on('end', common.mustCall(() => server.close()));
}
