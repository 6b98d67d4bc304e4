'use strict';
// A custom lookup whose answer names no usable address fails as Node's does: a bad address is
// ERR_INVALID_IP_ADDRESS, a bad family ERR_INVALID_ADDRESS_FAMILY (with host and port), for the
// single-answer form (family 4, localAddress, autoSelectFamily false) and the all: true form;
// 'lookup' reports the answer as given, 'close' follows with hadError true.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function attempt(extra, answer, check) {
  let seenOptions = null;
  const options = Object.assign({ port: 80, host: 'example.test', lookup(host, opts, cb) {
    seenOptions = opts;
    setImmediate(answer, cb);
  } }, extra);
  const socket = net.connect(options);
  const events = [];
  socket.on('lookup', (err, address, family, host) => {
    events.push(['lookup', err, address, family, host]);
  });
  socket.on('error', common.mustCall((error) => events.push(['error', error])));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    check(seenOptions, events);
  }));
}

function invalidIp(address) {
  return (error) => {
    common.checkError(error, { name: 'TypeError', code: 'ERR_INVALID_IP_ADDRESS',
                               message: 'Invalid IP address: ' + address });
  };
}

function invalidFamily(family) {
  return (error) => {
    common.checkError(error, { name: 'RangeError', code: 'ERR_INVALID_ADDRESS_FAMILY',
                               message: 'Invalid address family: ' + family + ' example.test:80',
                               host: 'example.test', port: 80 });
  };
}

function expect(lookups, checkError, wantOptions) {
  return (seenOptions, events) => {
    assert.deepStrictEqual(seenOptions, wantOptions);
    assert.deepStrictEqual(events.slice(0, -1),
                           lookups.map((l) => ['lookup', null, l[0], l[1], 'example.test']));
    assert.strictEqual(events[events.length - 1][0], 'error');
    checkError(events[events.length - 1][1]);
  };
}

attempt({ family: 4 }, (cb) => cb(null, 'not-an-ip', 4),
        expect([['not-an-ip', 4]], invalidIp('not-an-ip'), { family: 4, hints: 0 }));
attempt({ family: 4 }, (cb) => cb(null, '127.0.0.1', 5),
        expect([['127.0.0.1', 5]], invalidFamily(5), { family: 4, hints: 0 }));
attempt({ family: 4 }, (cb) => cb(null, '127.0.0.1', '4'),
        expect([['127.0.0.1', '4']], invalidFamily('4'), { family: 4, hints: 0 }));
attempt({ localAddress: '127.0.0.1' }, (cb) => cb(null, '127.0.0.1', 9),
        expect([['127.0.0.1', 9]], invalidFamily(9), { family: undefined, hints: 32 }));
attempt({ autoSelectFamily: false }, (cb) => cb(null, '127.0.0.1', 9),
        expect([['127.0.0.1', 9]], invalidFamily(9), { family: undefined, hints: 32 }));
attempt({}, (cb) => cb(null, [{ address: 'nope', family: 4 }]),
        expect([['nope', 4]], invalidIp('nope'), { family: undefined, hints: 32, all: true }));
attempt({}, (cb) => cb(null, [{ address: '127.0.0.1', family: 7 },
                              { address: 'x', family: 4 }]),
        expect([['127.0.0.1', 7], ['x', 4]], invalidFamily(7),
               { family: undefined, hints: 32, all: true }));
