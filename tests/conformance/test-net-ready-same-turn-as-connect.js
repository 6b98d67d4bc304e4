'use strict';
// 'ready' is emitted right after 'connect', in the same turn: a nextTick, a microtask, an
// immediate or a timer scheduled from the 'connect' listener all run after 'ready' (TCP and
// a Unix socket), and the connect callback runs among the 'connect' listeners, before 'ready'.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function check(server, target, done) {
  const order = [];
  const client = net.connect(target, common.mustCall(() => order.push('callback')));
  client.on('connect', common.mustCall(() => {
    order.push('connect');
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
    setImmediate(() => order.push('immediate'));
    setTimeout(() => order.push('timer'), 0);
  }));
  client.on('ready', common.mustCall(() => {
    order.push('ready');
    process.nextTick(() => order.push('tick from ready'));
  }));
  client.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order.slice(0, 6),
                           ['callback', 'connect', 'ready', 'tick', 'tick from ready',
                            'microtask']);
    assert.ok(order.indexOf('immediate') > 5);
    server.close(done);
  }));
  setTimeout(() => client.end(), 20);
}

const tcp = net.createServer((socket) => socket.resume());
tcp.listen(0, '127.0.0.1', common.mustCall(() => {
  check(tcp, { port: tcp.address().port, host: '127.0.0.1' }, common.mustCall(() => {
    const unix = net.createServer((socket) => socket.resume());
    const path = common.socketPath('ready');
    unix.listen(path, common.mustCall(() => check(unix, { path: path }, common.mustCall())));
  }));
}));
