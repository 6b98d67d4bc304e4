'use strict';
// A client that ended its side and has received the server's data and FIN, but has not read
// the data (no 'data' listener yet): Node does not close it until the data is consumed. Once
// a listener takes it: the data, 'end', then 'close' (false), nothing dropped.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let client;
const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.end('response');
  socket.on('close', common.mustCall(() => {
    server.close();
    // The server's side is closed: both FINs have crossed. The client still holds the data.
    setImmediate(common.mustCall(() => {
      assert.strictEqual(client.destroyed, false);
      assert.deepStrictEqual(events, []);
      client.on('data', common.mustCall((data) => events.push('data ' + data)));
    }));
  }));
}));

const events = [];
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.end('request');
  }));
  client.on('end', common.mustCall(() => events.push('end')));
  client.on('close', common.mustCall((hadError) => {
    events.push('close ' + hadError);
    assert.deepStrictEqual(events, ['data response', 'end', 'close false']);
  }));
}));
