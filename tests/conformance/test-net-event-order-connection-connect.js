'use strict';
// Over loopback, the server's 'connection' is emitted before the client's 'connect', for TCP
// and for a Unix domain socket, and both after the calls that started them returned.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function run(listenArgs, connectArgs, next) {
  const events = [];
  const server = net.createServer(common.mustCall((socket) => {
    events.push('connection');
    socket.end();
  }));
  server.listen(listenArgs, common.mustCall(() => {
    const client = net.connect(connectArgs(server), common.mustCall(() => {
      events.push('connect');
    }));
    events.push('connect() returned');
    client.resume();
    client.on('close', common.mustCall(() => {
      server.close(common.mustCall(() => {
        assert.deepStrictEqual(events, ['connect() returned', 'connection', 'connect']);
        next();
      }));
    }));
  }));
}

const path = common.socketPath('order');
run({ port: 0, host: '127.0.0.1' }, (s) => ({ port: s.address().port, host: '127.0.0.1' }), () => {
  run({ path: path }, () => ({ path: path }), common.mustCall());
});
