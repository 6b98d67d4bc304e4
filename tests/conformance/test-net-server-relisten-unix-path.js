'use strict';
// A Unix server listens on a path, closes (removing the path), and listens on the same path
// again, at once from the close callback and in the same tick as close(): both work, and a
// client reaches the last one.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('relisten');
const server = net.createServer((socket) => socket.end('hi'));
server.listen(path, common.mustCall(() => {
  server.close(common.mustSucceed(() => {
    server.listen(path, common.mustCall(() => {
      server.close();
      // Same tick as close(): the path is free again.
      server.listen(path, common.mustCall(() => {
        assert.strictEqual(server.address(), path);
        let got = '';
        const client = net.connect(path);
        client.setEncoding('utf8');
        client.on('data', (chunk) => { got += chunk; });
        client.on('close', common.mustCall(() => {
          assert.strictEqual(got, 'hi');
          server.close(common.mustSucceed());
        }));
      }));
    }));
  }));
}));
