'use strict';
// listen(0, host) then close(cb) in the same tick: the host is still being looked up, so the
// server is not running (cb gets ERR_SERVER_NOT_RUNNING after 'close') and the listen is
// abandoned: no 'listening', nothing bound, and the process ends.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
for (const host of ['127.0.0.1', 'localhost']) {
  const server = net.createServer();
  server.on('listening', common.mustNotCall('listening on ' + host));
  server.on('close', common.mustCall(() => events.push('close ' + host)));
  server.listen(0, host);
  server.close(common.mustCall((err) => {
    common.checkError(err, { code: 'ERR_SERVER_NOT_RUNNING' });
    events.push('callback ' + host);
    setTimeout(common.mustCall(() => {
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
    }), 50);
  }));
}

process.on('exit', () => {
  assert.deepStrictEqual(events, ['close 127.0.0.1', 'callback 127.0.0.1', 'close localhost',
                                  'callback localhost']);
});
