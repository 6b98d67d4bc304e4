'use strict';
// Two thousand small writes arrive complete and in order (whatever the chunking), over TCP
// and a Unix domain socket.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const N = 2000;
let expected = '';
for (let i = 0; i < N; i++) expected += i + '\n';

function run(listenArg, connectArg, next) {
  const server = net.createServer(common.mustCall((socket) => {
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got.length, expected.length);
      assert.ok(got === expected, 'data arrived out of order');
      socket.end();
    }));
  }));
  server.listen(listenArg, common.mustCall(() => {
    const client = net.connect(connectArg(server), common.mustCall(() => {
      for (let i = 0; i < N; i++) client.write(i + '\n');
      client.end();
    }));
    client.resume();
    client.on('close', common.mustCall(() => server.close(next)));
  }));
}

const path = common.socketPath('order');
run({ port: 0, host: '127.0.0.1' }, (s) => ({ port: s.address().port, host: '127.0.0.1' }), () => {
  run({ path: path }, () => ({ path: path }), common.mustCall());
});
