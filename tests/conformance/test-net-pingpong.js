'use strict';
// Node's test-net-pingpong.js: 1000 PING/PONG round trips then a last PING with end(), over a
// Unix socket, TCP, 'localhost' and ::1 (where it can be bound), allowHalfOpen on the server:
// readable/writable at each step, the server end still writable after 'end', bufferSize small,
// every PONG's callback.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let testsRun = 0;
let testsExpected = 0;

function pingPongTest(port, host) {
  const N = 1000;
  let count = 0;
  let sentPongs = 0;
  let sentFinalPing = false;
  testsExpected++;

  const server = net.createServer({ allowHalfOpen: true }, function(socket) {
    assert.strictEqual(server, socket.server);

    socket.setNoDelay();
    socket.timeout = 0;

    socket.setEncoding('utf8');
    socket.on('data', function(data) {
      // Since we never queue data (we're always waiting for the PING before sending a pong)
      // the writeQueueSize should always be less than one message.
      assert.ok(0 <= socket.bufferSize && socket.bufferSize <= 4);

      assert.strictEqual(socket.writable, true);
      assert.strictEqual(socket.readable, true);
      assert.strictEqual(count <= N, true);
      assert.strictEqual(data, 'PING');

      socket.write('PONG', function() {
        sentPongs++;
      });
    });

    socket.on('end', function() {
      assert.strictEqual(socket.allowHalfOpen, true);
      assert.strictEqual(socket.writable, true); // because allowHalfOpen
      assert.strictEqual(socket.readable, false);
      socket.end();
    });

    socket.on('error', function(e) {
      throw e;
    });

    socket.on('close', function() {
      assert.strictEqual(socket.writable, false);
      assert.strictEqual(socket.readable, false);
      socket.server.close();
    });
  });

  server.listen(port, host, function() {
    const client = typeof port === 'string' ? net.createConnection(port)
                                            : net.createConnection(server.address().port, host);

    client.setEncoding('ascii');
    client.on('connect', function() {
      assert.strictEqual(client.readable, true);
      assert.strictEqual(client.writable, true);
      client.write('PING');
    });

    client.on('data', function(data) {
      assert.strictEqual(data, 'PONG');
      count += 1;

      if (sentFinalPing) {
        assert.strictEqual(client.writable, false);
        assert.strictEqual(client.readable, true);
        return;
      }
      assert.strictEqual(client.writable, true);
      assert.strictEqual(client.readable, true);

      if (count < N) {
        client.write('PING');
      } else {
        sentFinalPing = true;
        client.write('PING');
        client.end();
      }
    });

    client.on('close', function() {
      assert.strictEqual(count, N + 1);
      assert.strictEqual(sentPongs, N + 1);
      assert.strictEqual(sentFinalPing, true);
      testsRun += 1;
    });

    client.on('error', function(e) {
      throw e;
    });
  });
  return server;
}

// All are run at once, so run on different ports
pingPongTest(common.socketPath('pingpong'));
pingPongTest(0);
pingPongTest(0, 'localhost');
const ipv6 = pingPongTest(0, '::1');
ipv6.on('error', () => testsExpected--);  // no IPv6 here

process.on('exit', function() {
  assert.strictEqual(testsRun, testsExpected);
});
