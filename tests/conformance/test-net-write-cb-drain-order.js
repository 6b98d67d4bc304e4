'use strict';
// Backpressure ordering: fill the socket while the peer does not read until write() returns
// false; when the queue empties (the peer reads), 'drain' is emitted once, before the
// callback of the write that was still queued, which is the last of all the callbacks.
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(20000);
const events = [];
const chunk = Buffer.alloc(64 * 1024, 'x');
let peer;
let expected = 0;

const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
  peer = socket;
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let writes = 0;
    let ret = true;
    while (ret) {
      assert.ok(writes < 4096, 'write() never returned false');
      const last = writes;
      ret = client.write(chunk, common.mustCall((err) => {
        assert.strictEqual(err, null);
        events.push(last === writes - 1 ? 'last-cb' : 'cb');
      }));
      writes++;
    }
    expected = writes * chunk.length;
    assert.ok(client.bufferSize > 0, 'bufferSize should be > 0 after write() returned false');
    client.on('drain', common.mustCall(() => {
      events.push('drain');
      assert.strictEqual(client.bufferSize, 0);
      client.end();
    }));
    // Let every synchronous completion be reported, then let the peer read.
    setTimeout(() => {
      events.push('resume');
      let received = 0;
      peer.on('data', (d) => { received += d.length; });
      peer.on('end', common.mustCall(() => {
        assert.strictEqual(received, expected);
        peer.end();
      }));
      peer.resume();
    }, 100);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  // A write queued behind a partial one may complete together with it, and the kernel may
  // take more data before the peer reads, so only what Node guarantees is checked: 'drain'
  // once, and before the callback of the last write, which is the last event.
  const writes = events.filter((e) => e !== 'resume');
  assert.ok(writes.indexOf('drain') > 0, events.join());
  assert.strictEqual(writes[writes.length - 1], 'last-cb', events.join());
  assert.strictEqual(writes.filter((e) => e === 'drain').length, 1);
});
