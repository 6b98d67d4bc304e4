'use strict';
// A refused connect from a socket bound to a local port: Node adds ' - Local (address:port)'
// to the message and localAddress/localPort to the error (the address is the family's
// any-address when only the port was given). A local address alone adds nothing.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = probe.address().port;
  const spare = net.createServer();
  spare.listen(0, '127.0.0.1', common.mustCall(() => {
    const localPort = spare.address().port;
    spare.close(common.mustCall(() => probe.close(common.mustCall(() => run(port, localPort)))));
  }));
}));

function run(port, localPort) {
  const withPort = net.connect({ port: port, host: '127.0.0.1', localPort: localPort });
  withPort.on('error', common.mustCall((error) => {
    assert.strictEqual(error.code, 'ECONNREFUSED');
    assert.strictEqual(error.message, 'connect ECONNREFUSED 127.0.0.1:' + port +
                                      ' - Local (0.0.0.0:' + localPort + ')');
    assert.strictEqual(error.localAddress, '0.0.0.0');
    assert.strictEqual(error.localPort, localPort);
    assert.strictEqual(error.address, '127.0.0.1');
    assert.strictEqual(error.port, port);
  }));
  const withAddress = net.connect({ port: port, host: '127.0.0.1', localAddress: '127.0.0.1' });
  withAddress.on('error', common.mustCall((error) => {
    assert.strictEqual(error.message, 'connect ECONNREFUSED 127.0.0.1:' + port);
    assert.strictEqual(error.localAddress, undefined);
    assert.strictEqual(error.localPort, undefined);
  }));
}
