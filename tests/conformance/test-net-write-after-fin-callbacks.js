'use strict';
// Writes after the peer's FIN on a socket without allowHalfOpen (Node's writeAfterFIN()):
// write() calls back with EPIPE ('This socket has been ended by the other party'), while
// end(data, cb) gets ERR_STREAM_WRITE_AFTER_END, since Node's end() does not go through the
// replaced write(). 1) In the 'end' listener, after end(): the exact order. 2) A turn later,
// when the connection may have closed already: every callback is still answered once.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.end());

function describe(error) {
  return error === null || error === undefined ? String(error) : error.code;
}

function inEndListener(port, done) {
  const events = [];
  const log = (line) => events.push(line);
  const s = net.connect(port, '127.0.0.1');
  s.resume();
  s.on('end', common.mustCall(() => {
    s.end();
    log('write ' + s.write('x', (e) => log('cb1 ' + describe(e))));
    log('write ' + s.write('y', (e) => log('cb2 ' + describe(e))));
    s.end('z', (e) => log('endcb ' + describe(e)));
    s.end((e) => log('endcb2 ' + describe(e)));
  }));
  s.on('error', (e) => log('error ' + describe(e)));
  s.on('close', common.mustCall((hadError) => {
    log('close ' + hadError);
    setImmediate(() => {
      assert.deepStrictEqual(events, [
        'write false', 'write false', 'cb1 EPIPE', 'error EPIPE', 'cb2 EPIPE',
        'endcb ERR_STREAM_WRITE_AFTER_END', 'endcb2 ERR_STREAM_DESTROYED', 'close true',
      ]);
      done();
    });
  }));
}

function aTurnLater(port, done) {
  const s = net.connect(port, '127.0.0.1');
  s.resume();
  s.on('end', common.mustCall(() => setImmediate(() => {
    const epipe = { code: 'EPIPE', message: 'This socket has been ended by the other party' };
    s.write('x', common.mustCall((e) => common.checkError(e, epipe)));
    s.write('y', common.mustCall((e) => common.checkError(e, epipe)));
    s.end('z', common.mustCall((e) => {
      common.checkError(e, { code: 'ERR_STREAM_WRITE_AFTER_END' });
    }));
    s.end(common.mustCall((e) => assert.ok(e instanceof Error)));
  })));
  s.on('error', () => {});  // whether one comes depends on when the connection closed
  s.on('close', common.mustCall(() => setImmediate(done)));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  inEndListener(port, () => aTurnLater(port, () => server.close()));
}));
common.watchdog(10000);
