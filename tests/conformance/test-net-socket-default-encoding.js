'use strict';
// setDefaultEncoding(): strings written without an encoding (write() and end()) use it; an
// explicit encoding still wins; the name is case-insensitive; an unknown name, 'buffer' or
// undefined throws TypeError ERR_UNKNOWN_ENCODING and leaves the previous one in place.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function unknown(socket, encoding, shown) {
  assert.throws(() => socket.setDefaultEncoding(encoding), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: 'Unknown encoding: ' + shown
  });
}

const server = net.createServer(common.mustCall((socket) => {
  common.collect(socket, common.mustCall((data) => {
    assert.strictEqual(data.toString('latin1'), '\xab\xcd' + 'zz' + '\xef' + 'é');
    socket.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.setDefaultEncoding('HEX'), client);
    unknown(client, 'nope', 'nope');
    unknown(client, 'buffer', 'buffer');
    unknown(client, undefined, 'undefined');
    client.write('abcd');
    client.write('zz', 'utf8');
    client.setDefaultEncoding('latin1');
    client.write('\xef');
    client.end('é');
  }));
  client.resume();
}));
