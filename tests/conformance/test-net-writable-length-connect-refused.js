'use strict';
// A refused connection with writes queued (and one held by cork()): 'error' still sees them
// in writableLength (a string by its characters), bufferSize is undefined by then; in 'close'
// writableLength is 0 and bufferSize undefined.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function refused(port, cork, done) {
  const client = net.connect(port, '127.0.0.1');
  client.write('h\u00e9llo', common.mustCall());
  client.write(Buffer.from('world'), common.mustCall());
  let expected = 10;
  if (cork) {
    client.cork();
    client.write('abc', common.mustCall());
    expected += 3;
  }
  assert.strictEqual(client.writableLength, expected);
  assert.strictEqual(client.bufferSize, expected);
  client.on('error', common.mustCall((error) => {
    common.checkError(error, { code: 'ECONNREFUSED' });
    assert.strictEqual(client.writableLength, expected);
    assert.strictEqual(client.bufferSize, undefined);
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    assert.strictEqual(client.writableLength, 0);
    assert.strictEqual(client.bufferSize, undefined);
    done();
  }));
}

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    refused(port, false, common.mustCall(() => refused(port, true, common.mustCall())));
  }));
}));
