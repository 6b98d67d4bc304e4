'use strict';
// A write the kernel took only part of still counts whole in bufferSize and writableLength
// until it is written (Node's stream length drops when a write completes), so against a
// paused reader the queue holds whole 64 KiB chunks when write() says false.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(65536, 'p');
let accepted = null;
const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
  accepted = socket;
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let writes = 0;
    while (client.write(chunk) && writes < 4096)
      writes++;
    assert.ok(client.bufferSize >= chunk.length, String(client.bufferSize));
    assert.strictEqual(client.bufferSize % chunk.length, 0, String(client.bufferSize));
    assert.strictEqual(client.writableLength, client.bufferSize);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.bufferSize, 0);
      client.end();
    }));
    // The accepted socket may not have been reported yet: resume it once it is.
    (function resumeReader() {
      if (accepted === null)
        return setImmediate(resumeReader);
      accepted.resume();
    })();
  }));
}));
