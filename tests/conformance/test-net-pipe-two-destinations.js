'use strict';
// One source piped into two sockets: when both destinations said "wait", the source stays
// paused until both have drained, not just the first. Each destination is filled beforehand
// (its peer paused), so both need a drain when pipe() is called and the source pauses at
// once. Then the first peer reads: its destination drains and the source must stay paused;
// then the second reads, and everything flows to the end, both destinations ended.
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(20000);
const prefill = Buffer.alloc(32 * 1024 * 1024, 'p');
const payload = Buffer.alloc(1024 * 1024, 'd');
const peers = [];
let sink;

// The peers of the two destinations: paused until the test resumes them; count what arrives.
const sinkServer = net.createServer({ pauseOnConnect: true }, (socket) => {
  const peer = { socket: socket, received: 0 };
  socket.on('data', (data) => { peer.received += data.length; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(peer.received, prefill.length + payload.length);
    if (peers.every((p) => p.socket.readableEnded)) {
      sinkServer.close();
      sourceServer.close();
    }
  }));
  peers.push(peer);
  if (peers.length === 2) sink.emit('peersReady');
});

// The source: a socket accepted here, whose peer sends the payload and ends.
const sourceServer = net.createServer({ pauseOnConnect: true }, common.mustCall((source) => {
  const dests = sink.dests;
  dests.forEach((dest) => {
    assert.strictEqual(dest.write(prefill), false);
    assert.strictEqual(dest.writableNeedDrain, true);
  });
  // Both destinations need a drain already, so pipe() pauses the source at once.
  source.pipe(dests[0]);
  source.pipe(dests[1]);
  assert.strictEqual(source.readableFlowing, false);
  dests[0].once('drain', common.mustCall(() => {
    assert.strictEqual(source.readableFlowing, false,
                       'the source resumed while the second destination still waits');
    assert.strictEqual(dests[1].writableNeedDrain, true);
    dests[1].once('drain', common.mustCall(() => {
      assert.strictEqual(source.readableFlowing, true);
    }));
    peers[1].socket.resume();
  }));
  peers[0].socket.resume();
}));

sink = new (require('events'))();
sink.dests = [];
sinkServer.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = sinkServer.address().port;
  sink.dests = [net.connect(port, '127.0.0.1'), net.connect(port, '127.0.0.1')];
}));
sink.once('peersReady', common.mustCall(() => {
  sourceServer.listen(0, '127.0.0.1', common.mustCall(() => {
    const sender = net.connect(sourceServer.address().port, '127.0.0.1', common.mustCall(() => {
      sender.end(payload);
    }));
  }));
}));
