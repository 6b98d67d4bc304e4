'use strict';
// A client that ended its side and has the server's data and FIN, but has not read the data
// (no 'data' listener):
// Node keeps its handle open (the socket is not destroyed until the data is consumed), so
// connect() again tries to connect that handle: it returns the socket, 'error' EISCONN
// follows (Node's connect error, with the local address in its message), then 'close' (true).
// The unread data and 'end' are never emitted, nor the new connect callback. Given a host name,
// the name is looked up first ('lookup'), and the error names the address it gave.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function attempt(host, expected, next) {
  const events = [];
  let client;
  const server = net.createServer(common.mustCall((socket) => {
    socket.resume();
    socket.end('response');
    socket.on('close', common.mustCall(() => {
      // Both FINs have crossed; the client still holds the data.
      setImmediate(common.mustCall(() => {
        assert.strictEqual(client.destroyed, false);
        const port = server.address().port;
        const localPort = client.localPort;
        client.on('lookup', (error, address, family, name) => {
          events.push('lookup ' + [String(error), address, family, name].join(' '));
        });
        client.on('error', common.mustCall((err) => {
          common.checkError(err, { code: 'EISCONN', errno: -106, syscall: 'connect',
                                   address: '127.0.0.1', port: port,
                                   message: 'connect EISCONN 127.0.0.1:' + port +
                                            ' - Local (127.0.0.1:' + localPort + ')' });
          events.push('error');
        }));
        assert.strictEqual(client.connect({ port, host, family: 4 },
                                          common.mustNotCall('connect')),
                           client);
        server.close();
      }));
    }));
  }));

  server.listen(0, '127.0.0.1', common.mustCall(() => {
    client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
      client.end('request');
    }));
    client.on('end', common.mustNotCall('end'));
    client.on('close', common.mustCall((hadError) => {
      events.push('close ' + hadError);
      assert.deepStrictEqual(events, expected);
      assert.strictEqual(client.destroyed, true);
      next();
    }));
  }));
}

attempt('127.0.0.1', ['error', 'close true'], () => {
  attempt('localhost', ['lookup null 127.0.0.1 4 localhost', 'error', 'close true'], () => {});
});
