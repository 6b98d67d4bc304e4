'use strict';
// Node's test-net-pause-resume-connecting.js: pause()/resume() called while connecting (to
// 'localhost') decide by the last call whether 'data' flows; the paused clients get nothing
// until their 'data' listener is removed and they are resumed.
const common = require('./common');
const assert = require('assert');
const net = require('net');

let connections = 0;
let dataEvents = 0;
let conn;

// Server
const server = net.createServer(function(conn) {
  connections++;
  conn.end('This was the year he fell to pieces.');

  if (connections === 5)
    server.close();
});

server.listen(0, function() {
  // Client 1
  conn = net.createConnection(this.address().port, 'localhost');
  conn.resume();
  conn.on('data', onDataOk);

  // Client 2
  conn = net.createConnection(this.address().port, 'localhost');
  conn.pause();
  conn.resume();
  conn.on('data', onDataOk);

  // Client 3
  conn = net.createConnection(this.address().port, 'localhost');
  conn.pause();
  conn.on('data', common.mustNotCall());
  scheduleTearDown(conn);

  // Client 4
  conn = net.createConnection(this.address().port, 'localhost');
  conn.resume();
  conn.pause();
  conn.resume();
  conn.on('data', onDataOk);

  // Client 5
  conn = net.createConnection(this.address().port, 'localhost');
  conn.resume();
  conn.resume();
  conn.pause();
  conn.on('data', common.mustNotCall());
  scheduleTearDown(conn);

  function onDataOk() {
    dataEvents++;
  }

  function scheduleTearDown(conn) {
    setTimeout(function() {
      conn.removeAllListeners('data');
      conn.resume();
    }, 100);
  }
});

// Exit sanity checks
process.on('exit', function() {
  assert.strictEqual(connections, 5);
  assert.strictEqual(dataEvents, 3);
});
