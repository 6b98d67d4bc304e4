'use strict';
// server.listen() argument forms: (port, host, cb), (port, host, backlog, cb),
// ({ port, host }, cb), ({ port, host, backlog }), (path, cb), ({ path }, cb), (path, backlog,
// cb); each returns the server and ends up listening where asked.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const forms = [
  (s, cb) => s.listen(0, '127.0.0.1', cb),
  (s, cb) => s.listen(0, '127.0.0.1', 10, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1' }, cb),
  (s, cb) => s.on('listening', cb).listen({ port: 0, host: '127.0.0.1', backlog: 5 }),
  (s, cb) => s.listen(common.socketPath('lf'), cb),
  (s, cb) => s.listen({ path: common.socketPath('lf') }, cb),
  (s, cb) => s.listen(common.socketPath('lf'), 8, cb)
];

function next(i) {
  if (i === forms.length) return;
  const server = net.createServer((socket) => socket.end(String(i)));
  const ret = forms[i](server, common.mustCall(() => {
    assert.strictEqual(server.listening, true);
    const addr = server.address();
    const target = typeof addr === 'string' ? { path: addr } : { port: addr.port, host: '127.0.0.1' };
    if (typeof addr !== 'string') assert.strictEqual(addr.address, '127.0.0.1');
    const client = net.connect(target);
    let got = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { got += d; });
    client.on('close', common.mustCall(() => {
      assert.strictEqual(got, String(i));
      server.close(common.mustCall(() => next(i + 1)));
    }));
  }));
  assert.strictEqual(ret, server);
}
next(0);
