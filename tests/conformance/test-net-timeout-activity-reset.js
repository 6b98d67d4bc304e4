'use strict';
// Incoming data resets the idle timer: a server socket with a 300 ms timeout receives data
// every 30 ms for ~450 ms; 'timeout' never fires sooner than 300 ms after the last data (on
// a loaded machine a late tick may cause one meanwhile, which is fine), and it fires once
// the peer has gone quiet.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const TIMEOUT = 300;
let chatting = true;

const server = net.createServer(common.mustCall((socket) => {
  let lastData = Date.now();
  socket.setTimeout(TIMEOUT);
  socket.on('data', () => { lastData = Date.now(); });
  socket.on('timeout', common.mustCallAtLeast(() => {
    const idle = Date.now() - lastData;
    assert.ok(idle >= TIMEOUT - 20, 'timed out only ' + idle + ' ms after the last data');
    if (!chatting) socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let sent = 0;
    const iv = setInterval(() => {
      client.write('.');
      if (++sent === 15) {
        clearInterval(iv);
        chatting = false;
      }
    }, 30);
  }));
  client.resume();
  client.on('end', common.mustCall(() => client.end()));
  client.on('close', common.mustCall(() => server.close()));
}));
