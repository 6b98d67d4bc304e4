'use strict';
// Node's test-net-connect-options-allowhalfopen.js: allowHalfOpen given to connect() through
// its six forms (net.connect/createConnection with a callback or a 'connect' listener, new
// Socket(opts).connect(opts)): each client, after the server's FIN, is not readable but still
// writable 50 ms later, write() says true, and the server gets 'end' once per connection.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let clientReceivedFIN = 0;
let serverConnections = 0;
let clientSentFIN = 0;
let serverReceivedFIN = 0;
const host = '127.0.0.1';
const CLIENT_VARIANTS = 6;

function serverOnConnection(socket) {
  ++serverConnections;
  socket.resume();
  socket.on('data', common.mustCall(function socketOnData(data) {
    this.clientId = data.toString();
  }));
  // 'end' on each socket must not be emitted twice
  socket.on('end', common.mustCall(function socketOnEnd() {
    if (++serverReceivedFIN < CLIENT_VARIANTS) return;
    setTimeout(() => {
      server.close();
    }, 50);
  }, 1));
  socket.end();
}

// These two levels of functions (and not arrows) bind the `index`, and the calling socket
// (`this`).
function clientOnConnect(index) {
  return common.mustCall(function clientOnConnectInner() {
    const client = this;
    client.resume();
    client.on('end', common.mustCall(function clientOnEnd() {
      setTimeout(function closeServer() {
        // When allowHalfOpen is true, the client must still be writable after the server
        // closes the connections, but not readable.
        assert(!client.readable);
        assert(client.writable);
        assert(client.write(String(index)));
        client.end();
        clientSentFIN++;
      }, 50);
    }));
    client.on('close', common.mustCall(function clientOnClose() {
      clientReceivedFIN++;
    }));
  });
}

function serverOnListen() {
  const port = server.address().port;
  const opts = { allowHalfOpen: true, host, port };
  // 6 variations === CLIENT_VARIANTS
  net.connect(opts, clientOnConnect(1));
  net.connect(opts).on('connect', clientOnConnect(2));
  net.createConnection(opts, clientOnConnect(3));
  net.createConnection(opts).on('connect', clientOnConnect(4));
  new net.Socket(opts).connect(opts, clientOnConnect(5));
  new net.Socket(opts).connect(opts).on('connect', clientOnConnect(6));
}

const server = net.createServer({ allowHalfOpen: true })
  .on('connection', common.mustCall(serverOnConnection, CLIENT_VARIANTS))
  .on('close', common.mustCall(() => {
    assert.strictEqual(serverReceivedFIN, CLIENT_VARIANTS);
    assert.strictEqual(clientSentFIN, CLIENT_VARIANTS);
  }))
  .listen(0, host, common.mustCall(serverOnListen));

process.on('exit', () => {
  assert.strictEqual(clientReceivedFIN, CLIENT_VARIANTS);
});
