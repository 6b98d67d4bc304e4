'use strict';
// Node's test-net-connect-buffer.js: a Stream with highWaterMark 0 writing while connecting:
// readyState 'opening', anything but a string or Buffer throws a TypeError, bytesWritten
// counts the bytes (not the characters) of the queued string, write() says false, and the
// bytes arrive once connected; the write callback after 'connect'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let connectHappened = false;

const tcp = net.Server(common.mustCall(function(s) {
  tcp.close();

  let buf = '';
  s.setEncoding('utf8');
  s.on('data', function(d) {
    buf += d;
  });

  s.on('end', common.mustCall(function() {
    assert.strictEqual(buf, "L'État, c'est moi");
    s.end();
  }));

  s.on('error', common.mustNotCall());
}));

tcp.listen(0, common.mustCall(function() {
  const socket = net.Stream({ highWaterMark: 0 });

  socket.connect(this.address().port, common.mustCall(function() {
    connectHappened = true;
  }));

  assert.strictEqual(socket.readyState, 'opening');

  // Make sure that anything besides a buffer or a string throws.
  [null, true, false, undefined, 1, 1.0, 1 / 0, +Infinity, -Infinity, [], {}].forEach(function(v) {
    assert.throws(() => socket.write(v), TypeError, String(v));
  });

  // A string with a multi-byte character: bytesWritten counts bytes, not characters, and is
  // not counted again when the queued write goes out.
  const a = "L'État, c'est ";
  const b = 'moi';

  const r = socket.write(a, common.mustCall(function(er) {
    assert.ok(connectHappened);
  }));

  assert.strictEqual(socket.bytesWritten, Buffer.from(a).length);
  assert.strictEqual(r, false);
  socket.end(b);

  assert.strictEqual(socket.readyState, 'opening');
}));
