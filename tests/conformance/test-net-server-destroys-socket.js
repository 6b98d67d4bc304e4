'use strict';
// The server destroys an accepted socket after sending data: the client still receives the
// data, then 'end' and 'close' without error; the server socket closes with hadError false.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const clientEvents = [];
const server = net.createServer(common.mustCall((socket) => {
  socket.write('goodbye', common.mustCall(() => socket.destroy()));
  socket.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', common.mustCall(() => {
    clientEvents.push('end');
    assert.strictEqual(got, 'goodbye');
  }));
  client.on('close', common.mustCall((hadError) => {
    clientEvents.push('close:' + hadError);
    server.close();
  }));
}));

process.on('exit', () => assert.deepStrictEqual(clientEvents, ['end', 'close:false']));
