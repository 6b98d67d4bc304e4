'use strict';
// Ports given as strings: a decimal or 0x-hex numeric string connects (as Node's
// Number(port)), through connect(port), connect(port, host), connect({port}) and
// connect({port, host}) of net.connect, net.createConnection and socket.connect; '', ' ',
// '0x', '-0x1', NaN, Infinity, -1 and 65536 throw ERR_SOCKET_BAD_PORT at the call; port 0
// fails asynchronously with ECONNREFUSED, whose message and fields leave the port out.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function connectors(args) {
  return [
    () => net.connect.apply(net, args),
    () => net.createConnection.apply(net, args),
    () => { const socket = new net.Socket(); return socket.connect.apply(socket, args); },
  ];
}

function forms(port) {
  return [[port], [port, '127.0.0.1'], [{ port: port }], [{ port: port, host: '127.0.0.1' }]];
}

const badPort = { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT' };
['', ' ', NaN, Infinity, -1, 65536].forEach((port) => {
  forms(port).forEach((args) => {
    connectors(args).forEach((connect) => assert.throws(connect, badPort, String(port)));
  });
});
['0x', '-0x1'].forEach((port) => {  // as a lone argument such a string would be a path
  forms(port).slice(2).forEach((args) => {
    connectors(args).forEach((connect) => assert.throws(connect, badPort, port));
  });
});

let open = 0;
const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  [String(port), '0x' + port.toString(16)].forEach((text) => {
    forms(text).forEach((args) => {
      connectors(args).forEach((connect) => {
        open++;
        const socket = connect();
        socket.on('connect', common.mustCall(() => {
          assert.strictEqual(socket.remotePort, port);
        }));
        socket.resume();
        socket.on('close', () => {
          if (--open === 0)
            server.close();
        });
      });
    });
  });
}));

server.on('close', common.mustCall(() => {
  connectors([{ port: 0, host: '127.0.0.1' }]).forEach((connect) => {
    connect().on('error', common.mustCall((error) => {
      // Node leaves a port of 0 out of the message and out of the error's fields.
      common.checkError(error, { code: 'ECONNREFUSED', syscall: 'connect',
                                 address: '127.0.0.1',
                                 message: 'connect ECONNREFUSED 127.0.0.1' });
      assert.ok(!('port' in error), 'no port field for port 0');
    }));
  });
}));
