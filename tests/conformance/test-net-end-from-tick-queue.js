'use strict';
// 'end' comes from the nextTick queue (Node's endReadable()), not straight from the read that
// found the FIN. The client pauses after its first 'data'; the peer then sends half of a
// UTF-8 character and ends. Once that has surely been read (a round trip on a second
// connection), the client resumes: the decoder's leftover comes out as U+FFFD, a tick queued
// right after resume() runs next, and only then 'end'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const order = [];
let client;
let peer;

const echo = net.createServer((socket) => socket.pipe(socket));
const server = net.createServer(common.mustCall((socket) => {
  peer = socket;
  socket.write('ab');
}));

function peerEnds() {
  peer.end(Buffer.from([0xe2, 0x82]), common.mustCall(() => {
    const probe = net.connect(echo.address().port, '127.0.0.1', () => probe.write('x'));
    probe.on('data', common.mustCall(() => {
      probe.destroy();
      echo.close();
      order.push('resume');
      client.resume();
      process.nextTick(() => order.push('tick after resume'));
    }));
  }));
}

echo.listen(0, '127.0.0.1', common.mustCall(() => {
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    client = net.connect(server.address().port, '127.0.0.1');
    client.setEncoding('utf8');
    client.on('data', common.mustCall((text) => {
      order.push('data ' + JSON.stringify(text));
      if (text === 'ab') {
        client.pause();
        peerEnds();
      }
    }, 2));
    client.on('end', common.mustCall(() => {
      order.push('end ' + client.readableEnded);
    }));
    client.on('close', common.mustCall(() => {
      assert.deepStrictEqual(order, ['data "ab"', 'resume', 'data "\ufffd"',
                                     'tick after resume', 'end true']);
      server.close();
    }));
  }));
}));
