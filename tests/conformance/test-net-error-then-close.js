'use strict';
// A failed connection emits 'error' and then 'close' with hadError true, once each; the
// socket is destroyed by then.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  server.close(common.mustCall(() => {
    const client = net.connect(port, '127.0.0.1');
    client.on('connect', common.mustNotCall('connect to a closed port'));
    client.on('error', common.mustCall((err) => {
      events.push('error:' + err.code);
    }));
    client.on('close', common.mustCall((hadError) => {
      events.push('close:' + hadError);
      assert.strictEqual(client.destroyed, true);
    }));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['error:ECONNREFUSED', 'close:true']);
});
