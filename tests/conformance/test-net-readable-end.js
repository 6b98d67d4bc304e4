'use strict';
// 'readable' at the end: a peer that ends without sending gives one 'readable' with
// readableLength 0 and 'end' follows at once (net reads 0 bytes for it) before a read() in a
// timer, which returns null. 'readable' takes precedence over 'data': a 'data' listener added after it does
// not make the socket flow; removing the 'readable' listener does.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => {
  socket.end();
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  client.on('readable', common.mustCall(() => {
    log.push('readable ' + client.readableLength);
    setTimeout(common.mustCall(() => {
      assert.strictEqual(client.readableEnded, true);
      log.push('timer');
      assert.strictEqual(client.read(), null);
      log.push('read null');
    }), 50);
  }));
  client.on('end', common.mustCall(() => log.push('end')));
  client.on('close', common.mustCall(() => setTimeout(() => {
    assert.deepStrictEqual(log, ['readable 0', 'end', 'timer', 'read null']);
    server.close();
    second();
  }, 100)));
}));

function second() {
  const server2 = net.createServer((socket) => {
    socket.write('one');
    setTimeout(() => socket.end('two'), 100);
  });
  server2.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server2.address().port, '127.0.0.1');
    const data = [];
    function onReadable() {
      assert.strictEqual(client.readableFlowing, false);
      // Leave the data in the socket and switch to 'data'.
      client.removeListener('readable', onReadable);
      process.nextTick(() => {
        assert.strictEqual(client.readableFlowing, true);
      });
    }
    client.on('readable', onReadable);
    client.on('data', (d) => data.push(d.toString()));
    assert.strictEqual(client.readableFlowing, false);
    client.on('end', common.mustCall(() => {
      assert.deepStrictEqual(data, ['one', 'two']);
      server2.close();
    }));
  }));
}
