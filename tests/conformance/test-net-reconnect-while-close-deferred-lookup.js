'use strict';
// connect() with a `lookup` option on a client whose 'close' waits for unread data (Node's
// handle is still open): the script's function is called at once from connect(), with Node's
// options ({family, hints}, all: true when Node would race the families) and `this`
// undefined; its answer is reported by 'lookup' and checked as in a first connect. A usable
// address fails at once with EISCONN naming it (an answer given synchronously destroys the
// socket inside connect(): 'error' comes before a tick queued after connect()); a lookup error, a bad
// address or family come from the nextTick queue. The socket is connecting meanwhile.
const common = require('./common');
const assert = require('assert');
const net = require('net');
const util = require('util');

function attempt(extra, answer, expected, next) {
  const events = [];
  let client;
  let port;
  const server = net.createServer(common.mustCall((socket) => {
    socket.resume();
    socket.end('response');
    socket.on('close', common.mustCall(() => {
      setImmediate(common.mustCall(() => {
        port = server.address().port;
        client.on('lookup', (error, address, family, name) => {
          events.push('lookup ' + [error && error.message, address, family, name].join(' '));
        });
        client.on('error', common.mustCall((err) => {
          events.push('error ' + err.code + ' ' + err.message.replace(/[0-9]{4,5}/g, 'P'));
        }));
        let inConnect = true;
        const options = Object.assign({ port, host: 'peer.test', lookup: common.mustCall(
          function(host, lookupOptions, callback) {
            events.push('lookup function ' + host + ' ' + util.inspect(lookupOptions) + ' ' +
                        (inConnect ? 'in connect()' : 'later') + ' this ' + typeof this);
            answer(callback);
          }) }, extra);
        assert.strictEqual(client.connect(options, common.mustNotCall('connect')), client);
        inConnect = false;
        events.push('connecting ' + client.connecting);
        process.nextTick(() => events.push('tick'));
        server.close();
      }));
    }));
  }));

  server.listen(0, '127.0.0.1', common.mustCall(() => {
    client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
      client.end('request');
    }));
    client.on('end', common.mustNotCall('end'));
    client.on('close', common.mustCall((hadError) => {
      events.push('close ' + hadError);
      assert.deepStrictEqual(events, expected);
      assert.strictEqual(client.destroyed, true);
      next();
    }));
  }));
}

const eisconn = 'error EISCONN connect EISCONN 127.0.0.1:P - Local (127.0.0.1:P)';
const called = (options) => 'lookup function peer.test ' + options + ' in connect() this undefined';

function notFound(callback) {
  const error = new Error('no such host');
  error.code = 'ENOTFOUND';
  callback(error);
}

const attempts = [
  [{ family: 4 }, (cb) => cb(null, '127.0.0.1', 4),
   [called('{ family: 4, hints: 0 }'), 'lookup  127.0.0.1 4 peer.test', 'connecting false',
    eisconn, 'tick', 'close true']],
  [{ family: 4 }, (cb) => setImmediate(cb, null, '127.0.0.1', 4),
   [called('{ family: 4, hints: 0 }'), 'connecting true', 'tick',
    'lookup  127.0.0.1 4 peer.test', eisconn, 'close true']],
  [{}, (cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]),
   [called('{ family: undefined, hints: 32, all: true }'), 'lookup  127.0.0.1 4 peer.test',
    'connecting false', eisconn, 'tick', 'close true']],
  [{ localAddress: '127.0.0.1' }, (cb) => cb(null, '127.0.0.1', 4),
   [called('{ family: undefined, hints: 32 }'), 'lookup  127.0.0.1 4 peer.test', 'connecting false',
    eisconn, 'tick', 'close true']],
  [{ family: 4 }, notFound,
   [called('{ family: 4, hints: 0 }'), 'lookup no such host   peer.test', 'connecting true',
    'tick', 'error ENOTFOUND no such host', 'close true']],
  [{}, notFound,
   [called('{ family: undefined, hints: 32, all: true }'), 'lookup no such host   peer.test',
    'connecting true', 'tick', 'error ENOTFOUND no such host', 'close true']],
  [{ family: 4 }, (cb) => cb(null, 'not-an-address', 4),
   [called('{ family: 4, hints: 0 }'), 'lookup  not-an-address 4 peer.test', 'connecting true',
    'tick', 'error ERR_INVALID_IP_ADDRESS Invalid IP address: not-an-address', 'close true']],
  [{ family: 4 }, (cb) => cb(null, '127.0.0.1', 9),
   [called('{ family: 4, hints: 0 }'), 'lookup  127.0.0.1 9 peer.test', 'connecting true',
    'tick', 'error ERR_INVALID_ADDRESS_FAMILY Invalid address family: 9 peer.test:P',
    'close true']],
];

(function runNext(i) {
  if (i < attempts.length)
    attempt(attempts[i][0], attempts[i][1], attempts[i][2], () => runNext(i + 1));
})(0);
