'use strict';
// close(cb) while a connection is open, then listen() again before it ends: the server
// listens again; when the old connection closes there is no 'close' (a handle is listening
// again); the next close() emits 'close' once and runs the first callback too.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.on('close', common.mustCall(() => events.push('close')));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('end', () => client.end());
  server.once('connection', common.mustCall((conn) => {
    server.close(common.mustSucceed(() => events.push('first callback')));
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      events.push('listening again');
      conn.on('close', common.mustCall(() => {
        events.push('connection closed');
        setImmediate(common.mustCall(() => {
          assert.strictEqual(server.listening, true);
          server.close(common.mustSucceed(() => events.push('second callback')));
        }));
      }));
      conn.end();
    }));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['listening again', 'connection closed', 'close',
                                  'first callback', 'second callback']);
});
