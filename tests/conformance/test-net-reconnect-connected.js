'use strict';
// connect() on a socket that is connected: the kernel decides, as in Node. TCP: the first
// connect() again succeeds without a new connection: connecting (readyState 'opening') until a
// later turn, then 'connect' with the callback and 'ready' again, same local and remote port,
// bytes counted on, the new port gets nothing, the old peer what is written next. The next
// connect() (after a 'lookup' for a host name) fails with EISCONN (errno, syscall, address,
// port, the local address in the message), then 'close' (true), no callback, the peer sees the
// connection end. A Unix socket fails at the first: EISCONN with the path.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function tcp(next) {
  const other = net.createServer(common.mustNotCall('a connection to the new address'));
  const received = [];
  const server = net.createServer(common.mustCall((socket) => {
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(Buffer.concat(received).toString(), 'onetwo');
      server.close();
      other.close();
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => other.listen(0, '127.0.0.1', () => {
    const otherPort = other.address().port;
    const client = net.connect(server.address().port, '127.0.0.1');
    client.once('ready', common.mustCall(() => setImmediate(() => {
      const localPort = client.localPort;
      const remotePort = client.remotePort;
      client.write('one');
      const order = [];
      client.on('connect', () => order.push('connect'));
      client.on('ready', () => order.push('ready'));
      assert.strictEqual(client.connect(otherPort, '127.0.0.1', common.mustCall(() => {
        order.push('callback');
        assert.strictEqual(client.connecting, false);
        assert.strictEqual(client.readyState, 'open');
        assert.strictEqual(client.localPort, localPort);
        assert.strictEqual(client.remotePort, remotePort);
        assert.strictEqual(client.bytesWritten, 3);
        client.write('two', common.mustSucceed(() => setImmediate(again)));
      })), client);
      assert.strictEqual(client.connecting, true);
      assert.strictEqual(client.pending, true);
      assert.strictEqual(client.readyState, 'opening');
      process.nextTick(() => assert.strictEqual(client.connecting, true));

      function again() {
        assert.deepStrictEqual(order, ['connect', 'callback', 'ready']);
        client.on('lookup', common.mustCall((error, address, family, host) => {
          assert.strictEqual(error, null);
          assert.strictEqual(address, '127.0.0.1');
          assert.strictEqual(family, 4);
          assert.strictEqual(host, 'localhost');
          order.push('lookup');
        }));
        client.on('error', common.mustCall((error) => {
          order.push('error');
          common.checkError(error, {
            code: 'EISCONN', errno: -106, syscall: 'connect', address: '127.0.0.1',
            port: otherPort,
            message: 'connect EISCONN 127.0.0.1:' + otherPort + ' - Local (127.0.0.1:' +
                     localPort + ')' });
        }));
        client.on('close', common.mustCall((hadError) => {
          assert.strictEqual(hadError, true);
          assert.deepStrictEqual(order, ['connect', 'callback', 'ready', 'lookup', 'error']);
          next();
        }));
        client.connect({ port: otherPort, host: 'localhost', family: 4 },
                       common.mustNotCall('the second connect callback'));
        assert.strictEqual(client.connecting, true);
      }
    })));
  })));
}

function unix() {
  const path = common.socketPath('reconnect');
  const server = net.createServer(common.mustCall((socket) => {
    socket.resume();
    socket.on('end', common.mustCall());
    socket.on('close', common.mustCall(() => server.close()));
  }));
  server.listen(path, common.mustCall(() => {
    const client = net.connect(path, common.mustCall(() => {
      const order = [];
      client.connect(path, common.mustNotCall('the connect callback'));
      assert.strictEqual(client.connecting, true);
      assert.strictEqual(client.pending, true);
      client.on('error', common.mustCall((error) => {
        order.push('error');
        common.checkError(error, { code: 'EISCONN', errno: -106, syscall: 'connect',
                                   address: path, message: 'connect EISCONN ' + path });
        assert.strictEqual(client.connecting, false);
        assert.strictEqual(client.destroyed, true);
      }));
      client.on('close', common.mustCall((hadError) => {
        assert.strictEqual(hadError, true);
        order.push('close');
        assert.deepStrictEqual(order, ['error', 'close']);
      }));
    }));
  }));
}

tcp(common.mustCall(unix));
