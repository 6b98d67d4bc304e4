'use strict';
// A timeout only notifies: after 'timeout' the connection still carries data both ways and
// closes normally when ended; activity after the first 'timeout' arms the timer again, so it
// fires a second time once the socket is idle again.
const common = require('./common');
const assert = require('assert');
const net = require('net');

const events = [];

const server = net.createServer(common.mustCall((socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    events.push('server-data:' + d);
    socket.write(d.toUpperCase());
  });
  socket.on('end', () => socket.end());
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  client.setTimeout(100);
  let timeouts = 0;
  let echoed = false;
  function maybeEnd() {
    if (timeouts === 2 && echoed) {
      client.setTimeout(0);   // the peer's FIN is activity too; no third timeout
      client.end();
    }
  }
  client.on('timeout', common.mustCall(() => {
    timeouts++;
    events.push('timeout' + timeouts);
    assert.strictEqual(client.destroyed, false);
    if (timeouts === 1) client.write('ping');
    maybeEnd();
  }, 2));
  client.on('data', common.mustCall((d) => {
    events.push('client-data:' + d);
    echoed = true;
    maybeEnd();
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

process.on('exit', () => {
  // Under load the second timeout may come before or after the echo.
  assert.strictEqual(events[0], 'timeout1');
  assert.deepStrictEqual(events.filter((e) => e !== 'timeout2'),
                         ['timeout1', 'server-data:ping', 'client-data:PING']);
  assert.strictEqual(events.filter((e) => e === 'timeout2').length, 1);
});
