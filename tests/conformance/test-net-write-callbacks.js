'use strict';
// Write callbacks run once each, in write order, with null; an empty write still calls back
// and sends nothing; small writes on an idle connection return true and cause no 'drain'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const order = [];
const server = net.createServer(common.mustCall((socket) => {
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'onetwothree');
    socket.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.on('drain', common.mustNotCall('drain without a write() that returned false'));
    const rets = [
      client.write('one', common.mustCall((err) => { assert.strictEqual(err, null); order.push(1); })),
      client.write('', common.mustCall((err) => { assert.strictEqual(err, null); order.push(2); })),
      client.write('two', 'utf8', common.mustCall((err) => { assert.strictEqual(err, null); order.push(3); })),
      client.write(Buffer.from('three'), common.mustCall(() => {
        order.push(4);
        client.end();
      }))
    ];
    assert.deepStrictEqual(rets, [true, true, true, true]);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));

process.on('exit', () => {
  assert.deepStrictEqual(order, [1, 2, 3, 4]);
});
