'use strict';
// createServer({ pauseOnConnect: true }): accepted sockets read nothing until resume(); the
// data the client sent meanwhile is then delivered in full.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let resumed = false;
const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    assert.strictEqual(resumed, true, 'data before resume()');
    got += d;
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'queued while paused');
    socket.end();
  }));
  setTimeout(() => {
    resumed = true;
    socket.resume();
  }, 150);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write('queued ');
    client.end('while paused');
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
