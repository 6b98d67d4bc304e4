'use strict';
// write() after end(): returns false, the write callback gets ERR_STREAM_WRITE_AFTER_END
// ('write after end'), then the socket emits 'error' with it and closes with hadError true.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end('last');
    const ret = client.write('too late', common.mustCall((err) => {
      events.push('callback');
      common.checkError(err, { code: 'ERR_STREAM_WRITE_AFTER_END', message: 'write after end' });
    }));
    assert.strictEqual(ret, false);
  }));
  client.resume();
  client.on('error', common.mustCall((err) => {
    events.push('error');
    common.checkError(err, { name: 'Error', code: 'ERR_STREAM_WRITE_AFTER_END',
                             message: 'write after end' });
  }));
  client.on('close', common.mustCall((hadError) => {
    events.push('close:' + hadError);
    server.close();
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['callback', 'error', 'close:true']);
});
