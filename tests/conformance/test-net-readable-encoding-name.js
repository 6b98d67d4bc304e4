'use strict';
// socket.readableEncoding after setEncoding() is the decoder's canonical name, as Node's
// StringDecoder gives it: 'UCS-2', 'ucs2', 'utf-16le' read 'utf16le', 'Binary' 'latin1',
// 'UTF-8' and '' 'utf8', 'HEX' 'hex'; the data still decodes that way.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const names = {
  'UCS-2': 'utf16le', 'ucs2': 'utf16le', 'utf-16le': 'utf16le', 'Binary': 'latin1',
  'UTF-8': 'utf8', 'utf8': 'utf8', 'HEX': 'hex', 'base64url': 'base64url', 'ASCII': 'ascii',
  'latin1': 'latin1', '': 'utf8',
};
for (const name of Object.keys(names)) {
  const socket = new net.Socket();
  socket.setEncoding(name);
  assert.strictEqual(socket.readableEncoding, names[name], name);
}

const server = net.createServer(common.mustCall((socket) => {
  socket.end(Buffer.from('hé', 'utf16le'));
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('UCS-2');
  let text = '';
  client.on('data', (chunk) => { text += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'hé');
    assert.strictEqual(client.readableEncoding, 'utf16le');
  }));
}));
