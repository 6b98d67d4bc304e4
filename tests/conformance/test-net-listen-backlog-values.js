'use strict';
// listen()'s backlog is not validated, as in Node 20: {backlog} takes any value (a truthy one
// goes to listen(2) as ToInt32 of it, where the kernel caps it at its maximum; a falsy one
// means 511), and a positional backlog that is not a number >= 0 is ignored. Each server
// listens and accepts a connection; none throws.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const forms = [
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: -1 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: -2147483648 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 2 ** 31 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 2 ** 40 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 1.5 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: Infinity }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: NaN }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: '16' }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 'many' }, cb),
  (s, cb) => s.listen({ port: 0, backlog: -1 }, cb),
  (s, cb) => s.listen({ path: common.socketPath('backlog'), backlog: -1 }, cb),
  (s, cb) => s.listen(0, '127.0.0.1', -1, cb),
  (s, cb) => s.listen(0, -5, cb),
  (s, cb) => s.listen(0, '127.0.0.1', 'x', cb),
];

function tryForm(index) {
  if (index === forms.length)
    return;
  const server = net.createServer(common.mustCall((socket) => {
    socket.end();
    server.close(common.mustCall(() => tryForm(index + 1)));
  }));
  assert.doesNotThrow(() => forms[index](server, common.mustCall(() => {
    const address = server.address();
    const client = typeof address === 'string' ? net.connect(address)
                                              : net.connect(address.port, '127.0.0.1');
    client.resume();
  })), 'form ' + index);
}

tryForm(0);
common.watchdog(10000);
