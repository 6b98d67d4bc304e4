'use strict';
// Repeated end() and write() after end(), as Node's Writable does them: a write after end()
// (also the data of a second end()) calls back with ERR_STREAM_WRITE_AFTER_END on the next tick
// and destroys the socket with that error, so what end() was waiting for fails with it before
// 'error'; later refused writes and end() calls are answered after 'error', with the same code
// (ERR_STREAM_DESTROYED only when the socket was destroyed before it was ended); the tick that
// answers a write the kernel took at once fails them too. A callback of an end() that
// finishes gets null. Each case runs on a connected socket and on one still
// connecting; on the connected one the peer receives exactly what came before the first end().
const common = require('./common');
const assert = require('assert');
const net = require('net');

function describe(error) {
  if (error === null || error === undefined)
    return String(error);
  return error.code || error.message;
}

const cases = {
  endTwiceThenWrite(c, log) {
    c.end('abc', log.cb('cb1'));
    c.end();
    c.end('def', log.cb('cb2'));
    log('write ' + c.write('x', log.cb('cb3')));
  },
  writeEndThenWrite(c, log) {
    c.write('a', log.cb('cb1'));
    c.end('b', log.cb('endcb'));
    log('write ' + c.write('late', log.cb('cb2')));
  },
  endTwiceWithoutData(c, log) {
    c.end(log.cb('cb1'));
    c.end(log.cb('cb2'));
    c.end();
  },
  endCallbackAfterEnd(c, log) {
    c.end('abc');
    c.end(log.cb('cb1'));
  },
  endDataAfterEnd(c, log) {
    c.end('abc');
    c.end('def');
  },
  writesAfterEndWithCallbacks(c, log) {
    c.end('abc');
    log('write ' + c.write('x', log.cb('cb1')));
    log('write ' + c.write('y', log.cb('cb2')));
  },
  writesAfterEndWithoutCallbacks(c, log) {
    c.end('abc');
    log('write ' + c.write('x'));
    log('write ' + c.write('y'));
  },
  writeAfterEndThenEndCallback(c, log) {
    c.end('abc', log.cb('endcb'));
    log('write ' + c.write('x'));
    log('write ' + c.write('y', log.cb('cb2')));
    c.end(log.cb('endcb2'));
  },
  writeAfterEmptyEnd(c, log) {
    c.end(log.cb('endcb'));
    log('write ' + c.write('x', log.cb('cb1')));
    c.end(log.cb('endcb2'));
  },
  afterDestroy(c, log) {
    c.destroy();
    log('write ' + c.write('x', log.cb('cb1')));
    c.end('y', log.cb('cb2'));
    c.end(log.cb('cb3'));  // Node never calls it: the socket was destroyed before it ended
    log('write ' + c.write('z'));
  },
  endThenDestroy(c, log) {
    c.end('abc', log.cb('cb1'));
    c.destroy();
    c.end('d', log.cb('cb2'));
    log('write ' + c.write('z', log.cb('cb3')));
    c.end(log.cb('cb4'));
  },
  destroyWithErrorThenWrite(c, log) {
    c.destroy(new Error('boom'));
    log('write ' + c.write('x', log.cb('cb1')));
    c.end('y', log.cb('cb2'));
    c.end(log.cb('cb3'));
  },
};

const WAE = 'ERR_STREAM_WRITE_AFTER_END';
const DESTROYED = 'ERR_STREAM_DESTROYED';
const expected = {
  endTwiceThenWrite: {
    connected: ['write false', 'cb1 ' + WAE, 'error ' + WAE, 'cb2 ' + WAE, 'cb3 ' + WAE,
                'close true'],
    connecting: ['write false', 'error ' + WAE, 'cb2 ' + WAE, 'cb3 ' + WAE, 'close true',
                 'cb1 ' + WAE],
    peer: 'abc',
  },
  writeEndThenWrite: {
    connected: ['write false', 'cb1 null', 'endcb ' + WAE, 'cb2 ' + WAE, 'error ' + WAE,
                'close true'],
    connecting: ['write false', 'cb2 ' + WAE, 'error ' + WAE, 'close true',
                 'cb1 ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'endcb ' + WAE],
    peer: 'ab',
  },
  endTwiceWithoutData: {
    connected: ['cb1 null', 'cb2 null', 'finish', 'end', 'close false'],
    peer: '',
  },
  endCallbackAfterEnd: {
    connected: ['cb1 null', 'finish', 'end', 'close false'],
    peer: 'abc',
  },
  endDataAfterEnd: {
    connected: ['error ' + WAE, 'close true'],
    peer: 'abc',
  },
  writesAfterEndWithCallbacks: {
    connected: ['write false', 'write false', 'cb1 ' + WAE, 'error ' + WAE, 'cb2 ' + WAE,
                'close true'],
    peer: 'abc',
  },
  writesAfterEndWithoutCallbacks: {
    connected: ['write false', 'write false', 'error ' + WAE, 'close true'],
    peer: 'abc',
  },
  writeAfterEndThenEndCallback: {
    connected: ['write false', 'write false', 'endcb ' + WAE, 'error ' + WAE, 'cb2 ' + WAE,
                'endcb2 ' + DESTROYED, 'close true'],
    connecting: ['write false', 'write false', 'error ' + WAE, 'cb2 ' + WAE,
                 'endcb2 ' + DESTROYED, 'close true', 'endcb ' + WAE],
    peer: 'abc',
  },
  writeAfterEmptyEnd: {
    connected: ['write false', 'cb1 ' + WAE, 'endcb ' + WAE, 'error ' + WAE,
                'endcb2 ' + DESTROYED, 'close true'],
    peer: '',
  },
  afterDestroy: {
    connected: ['write false', 'write false', 'cb1 ' + DESTROYED, 'cb2 ' + DESTROYED,
                'close false'],
    peer: '',
  },
  endThenDestroy: {
    connected: ['write false', 'cb1 ' + DESTROYED, 'cb2 ' + WAE, 'cb3 ' + WAE,
                'cb4 ' + DESTROYED, 'close false'],
    connecting: ['write false', 'cb2 ' + WAE, 'cb3 ' + WAE, 'cb4 ' + DESTROYED, 'close false',
                 'cb1 ERR_SOCKET_CLOSED_BEFORE_CONNECTION'],
    peer: 'abc',
  },
  destroyWithErrorThenWrite: {
    connected: ['write false', 'error boom', 'cb1 ' + DESTROYED, 'cb2 ' + DESTROYED,
                'cb3 ' + DESTROYED, 'close true'],
    peer: '',
  },
};

const received = {};  // the peer's bytes by the client's port
const server = net.createServer((socket) => {
  let data = '';
  const port = socket.remotePort;
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { data += chunk; });
  socket.on('error', () => {});
  socket.on('close', () => { received[port] = data; });
});

const runs = [];
for (const name of Object.keys(cases)) {
  runs.push({ name, mode: 'connected' });
  runs.push({ name, mode: 'connecting' });
}
const logs = {};
const peerOf = {};  // run key -> the client's port, for connected runs

function runNext(index) {
  if (index === runs.length) {
    server.close();
    return;
  }
  const run = runs[index];
  const key = run.name + ' (' + run.mode + ')';
  const events = logs[key] = [];
  const log = (line) => events.push(line);
  log.cb = (name) => (error) => log(name + ' ' + describe(error));
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('finish', () => log('finish'));
  c.on('end', () => log('end'));
  c.on('error', (error) => log('error ' + describe(error)));
  c.on('close', (hadError) => {
    log('close ' + hadError);
    // Callbacks still owed come from this turn's ticks and the next ones.
    setImmediate(() => runNext(index + 1));
  });
  if (run.mode === 'connecting') {
    cases[run.name](c, log);
  } else {
    c.on('connect', () => {
      peerOf[key] = c.localPort;
      cases[run.name](c, log);
    });
  }
}

server.listen(0, '127.0.0.1', common.mustCall(() => runNext(0)));

common.watchdog(10000);
process.on('exit', (code) => {
  if (code !== 0)
    return;
  for (const name of Object.keys(cases)) {
    const want = expected[name];
    assert.deepStrictEqual(logs[name + ' (connected)'], want.connected, name + ' (connected)');
    assert.deepStrictEqual(logs[name + ' (connecting)'], want.connecting || want.connected,
                           name + ' (connecting)');
    assert.strictEqual(received[peerOf[name + ' (connected)']], want.peer, name + ': the peer');
  }
});
