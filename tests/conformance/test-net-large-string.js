'use strict';
// Node's test-net-large-string.js: 40960 three-byte characters written as one 'UTF-8' string
// arrive as 40960 characters through setEncoding('UTF-8').
const common = require('./common');
const assert = require('assert');
const net = require('net');

const kPoolSize = 40 * 1024;
let data = '';
for (let i = 0; i < kPoolSize; ++i) {
  data += 'あ'; // 3 bytes
}
let receivedSize = 0;
const encoding = 'UTF-8';

const server = net.createServer(function(socket) {
  socket.setEncoding(encoding);
  socket.on('data', function(data) {
    receivedSize += data.length;
  });
  socket.on('end', common.mustCall(function() {
    socket.end();
  }));
});

server.listen(0, function() {
  const client = net.createConnection(this.address().port);
  client.on('end', common.mustCall(function() {
    server.close();
  }));
  client.write(data, encoding);
  client.end();
});

process.on('exit', function() {
  assert.strictEqual(receivedSize, kPoolSize);
});
