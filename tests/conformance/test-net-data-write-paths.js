'use strict';
// The paths every chunk takes, step by step against an echo server (one small write, then its
// echo, so no two chunks meet): writing the chunk just received, writing the same Buffer again
// after changing it, a view into part of a Buffer and a typed array that is not a Buffer;
// swapping the one 'data' listener, two listeners, an emit() replaced on the socket; a promise
// rejected without a handler inside a 'data' listener is reported after the listener.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (d) => socket.write(d));  // the chunk it got, as it is
  socket.on('end', () => socket.end());
}));

process.on('unhandledRejection', common.mustCall((reason) => {
  assert.strictEqual(reason.message, 'not handled');
  assert.strictEqual(step, 9);
}));

let step = 0;
let client = null;
const buf = Buffer.from([1, 2, 3]);
const seen = [];

function next(expectedHex, d) {
  assert.ok(Buffer.isBuffer(d));
  assert.strictEqual(d.toString('hex'), expectedHex, 'step ' + step);
  step++;
}

function first(d) {
  if (step === 0) {
    next('010203', d);
    buf[0] = 9;  // the same Buffer again: its bytes as they are now
    client.write(buf);
  } else if (step === 1) {
    next('090203', d);
    client.write(buf.subarray(1));
  } else if (step === 2) {
    next('0203', d);
    client.write(new Uint16Array([0x0504]));
  } else {
    next('0405', d);
    client.removeListener('data', first);
    client.on('data', second);
    client.write('ab');
  }
}

function second(d) {
  if (step === 4) {
    next('6162', d);
    client.on('data', third);
    client.write('cd');
  } else if (step === 5) {
    next('6364', d);
    seen.push('second');
  } else {
    assert.fail('second listener called at step ' + step);
  }
}

function third(d) {
  assert.strictEqual(step, 6);
  assert.strictEqual(d.toString(), 'cd');
  assert.deepStrictEqual(seen, ['second']);
  client.removeListener('data', second);
  client.removeListener('data', third);
  const emit = client.emit;
  client.emit = function (name) {
    if (name === 'data')
      seen.push('emit');
    return emit.apply(this, arguments);
  };
  client.on('data', fourth);
  client.write('ef');
}

function fourth(d) {
  if (step === 6) {
    next('6566', d);
    assert.deepStrictEqual(seen, ['second', 'emit']);
    client.write('gh');
  } else if (step === 7) {
    next('6768', d);
    Promise.reject(new Error('not handled'));
    step++;  // reported after this listener returns
    client.end();
  }
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write(buf);
  }));
  client.setNoDelay(true);
  client.on('data', first);
  client.on('end', common.mustCall());
  client.on('close', common.mustCall(() => {
    assert.strictEqual(step, 9);
    server.close();
  }));
}));
