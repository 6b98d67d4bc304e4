'use strict';
// Node's test-net-normalize-args.js: net._normalizeArgs() turns connect()'s arguments into
// [options, callback]; connect() of such an array (a plain one, or one normalized) connects
// with those options when Node normalized it; a plain array is no options object.
const common = require('./common');
const assert = require('assert');
const net = require('net');

function validateNormalizedArgs(input, output) {
  const args = net._normalizeArgs(input);
  assert.deepStrictEqual(Array.from(args), output);  // without Node's internal marker
}

// Creation of normalized arguments.
const res = [{}, null];
validateNormalizedArgs([], res);
res[0].port = 1234;
validateNormalizedArgs([{ port: 1234 }], res);
res[1] = assert.fail;
validateNormalizedArgs([{ port: 1234 }, assert.fail], res);

// A plain array is not normalized arguments (Node 20): it is taken as the options object,
// which has no port.
assert.throws(() => new net.Socket().connect([{ port: 1 }, assert.fail]),
              { code: 'ERR_MISSING_ARGS', name: 'TypeError' });

// Connecting to the server should succeed with a normalized array.
{
  const server = net.createServer(common.mustCall((connection) => {
    connection.end();
    server.close();
  }));

  server.listen(common.mustCall(() => {
    const port = server.address().port;
    const socket = new net.Socket();
    const args = net._normalizeArgs([{ port }, common.mustCall()]);

    socket.connect(args);
  }));
}
