'use strict';
// A Unix socket server removes its path when closed: the same path can be listened on again
// by a new server, and connecting after close gives ENOENT.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const path = common.socketPath('reuse');
const first = net.createServer();
first.listen(path, common.mustCall(() => {
  first.close(common.mustCall(() => {
    const probe = net.connect(path);
    probe.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ENOENT');
      const second = net.createServer((s) => s.end('second'));
      second.listen(path, common.mustCall(() => {
        assert.strictEqual(second.address(), path);
        const client = net.connect(path);
        let got = '';
        client.setEncoding('utf8');
        client.on('data', (d) => { got += d; });
        client.on('end', common.mustCall(() => {
          assert.strictEqual(got, 'second');
          second.close();
        }));
      }));
    }));
  }));
}));
