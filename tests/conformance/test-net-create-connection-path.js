'use strict';
// net.createConnection(path, cb) and net.connect({ path }, cb) to a Unix domain socket: no
// 'lookup', the connect callback runs, data flows both ways.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('cc');
const server = net.createServer(common.mustCall((socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.write(d.toUpperCase()));
  socket.on('end', () => socket.end());
}, 2));

server.listen(path, common.mustCall(() => {
  let done = 0;
  function talk(client) {
    client.on('lookup', common.mustNotCall());
    client.setEncoding('utf8');
    let got = '';
    client.on('data', (d) => {
      got += d;
      if (got === 'UNIX') client.end();
    });
    client.on('close', common.mustCall(() => {
      assert.strictEqual(got, 'UNIX');
      if (++done === 2) server.close();
    }));
  }
  const a = net.createConnection(path, common.mustCall(() => a.write('unix')));
  talk(a);
  const b = net.connect({ path: path }, common.mustCall(() => b.write('unix')));
  talk(b);
}));
