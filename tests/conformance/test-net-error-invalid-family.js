'use strict';
// connect() with family 5 throws a TypeError ERR_INVALID_ARG_VALUE naming the allowed values.
const common = require('./common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({ port: 80, host: 'localhost', family: 5 }), (err) => {
  common.checkError(err, {
    type: TypeError,
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.family' must be one of: 0, 4, 6. Received 5"
  });
  return true;
});

// 4 and 6 are accepted (family 4 with an IPv4 address connects).
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', family: 4 },
                             common.mustCall(() => client.end()));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
