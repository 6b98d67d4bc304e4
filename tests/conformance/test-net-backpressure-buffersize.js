'use strict';
// While the peer does not read, writes pile up: write() returns false once the kernel buffers
// are full, bufferSize grows with every further write, and 'drain'
// comes after the peer resumes; then bufferSize is 0 and every byte arrived.
const common = require('./common');
const assert = require('assert');
const net = require('net');

common.watchdog(20000);
const chunk = Buffer.alloc(64 * 1024, 'b');
let peer;
let total = 0;

const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
  peer = socket;
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.bufferSize, 0);
    let writes = 0;
    while (client.write(chunk)) {
      assert.ok(++writes < 4096, 'write() never returned false');
    }
    total = (writes + 1) * chunk.length;
    const first = client.bufferSize;
    assert.ok(first > 0);
    assert.strictEqual(client.write(chunk), false);
    assert.strictEqual(client.bufferSize, first + chunk.length);
    assert.strictEqual(client.write('12345'), false);
    assert.strictEqual(client.bufferSize, first + chunk.length + 5);
    total += chunk.length + 5;

    client.on('drain', common.mustCall(() => {
      assert.strictEqual(client.bufferSize, 0);
      assert.strictEqual(client.bytesWritten, total);
      client.end();
    }));
    setTimeout(() => {
      let received = 0;
      peer.on('data', (d) => { received += d.length; });
      peer.on('end', common.mustCall(() => {
        assert.strictEqual(received, total);
        assert.strictEqual(peer.bytesRead, total);
        peer.end();
      }));
      peer.resume();
    }, 100);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
