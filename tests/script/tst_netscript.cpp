// require('net') in scripts, over real loopback sockets (TCP on 127.0.0.1 and Unix sockets in
// the temporary folder): event order on each side, half-close, errors with Node's fields and
// messages, reading and writing rules, server rules, lifetime, the lookup option, and a
// script that writes far more than the peer reads without waiting for 'drain'.
// Expectations are what node prints for the same scripts.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_NetScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halfCloseOverTcpAndUnix();
    void systemErrorsHaveNodesFields();
    void badArgumentsThrowNodesErrors();
    void readingRules();
    void serverRules();
    void unrefServerDoesNotKeepRunAlive();
    void lookupOption();
    void writingRules();
    void hugeWriteWithoutDrainBuffers();
};

void tst_NetScript::halfCloseOverTcpAndUnix()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "halfopen.js",
            "// Half-close over TCP and a Unix socket: each side's events in order, printed per "
            "side.\n"
            "const net = require('net');\n"
            "const path = require('path');\n"
            "const os = require('os');\n"
            "function run(listenArg, label, done) {\n"
            "  const serverLog = [], clientLog = [];\n"
            "  const srv = net.createServer({ allowHalfOpen: true }, (c) => {\n"
            "    serverLog.push('connection ' + typeof c.remotePort + ' ' + c.readyState);\n"
            "    c.setEncoding('utf8');\n"
            "    let got = '';\n"
            "    c.on('data', (d) => { got += d; });\n"
            "    c.on('end', () => { serverLog.push('end ' + got + ' ' + c.readyState); "
            "c.end('bye:' + got); });\n"
            "    c.on('finish', () => serverLog.push('finish'));\n"
            "    c.on('close', (h) => { serverLog.push('close ' + h); srv.close(); });\n"
            "  });\n"
            "  // Printed once both the server and the client have closed, in whichever order.\n"
            "  let open = 2;\n"
            "  const closed = () => {\n"
            "    if (--open > 0) return;\n"
            "    console.log(label, 'server:', serverLog.join(', '));\n"
            "    console.log(label, 'client:', clientLog.join(', '));\n"
            "    done();\n"
            "  };\n"
            "  srv.on('close', closed);\n"
            "  srv.listen(listenArg, () => {\n"
            "    const addr = srv.address();\n"
            "    const s = net.connect(typeof addr === 'string' ? addr : addr.port, () => {\n"
            "      clientLog.push('connect ' + s.readyState);\n"
            "      s.write('hel');\n"
            "      s.end('lo');\n"
            "      clientLog.push('ended ' + s.readyState + ' ' + s.writable);\n"
            "    });\n"
            "    s.on('ready', () => clientLog.push('ready'));\n"
            "    s.on('data', (d) => clientLog.push('data ' + d));\n"
            "    s.on('end', () => clientLog.push('end'));\n"
            "    s.on('finish', () => clientLog.push('finish'));\n"
            "    s.on('close', (h) => {\n"
            "      clientLog.push('close ' + h + ' ' + s.bytesRead + ' ' + s.bytesWritten);\n"
            "      closed();\n"
            "    });\n"
            "  });\n"
            "}\n"
            "const sock = path.join(os.tmpdir(), 'nb-halfopen-' + process.pid + '.sock');\n"
            "run(0, 'tcp', () => run(sock, 'unix', () => console.log('done')));\n",
            "tcp server: connection number open, end hello writeOnly, finish, close false\n"
            "tcp client: connect open, ended readOnly false, ready, finish, data bye:hello, end, "
            "close false 9 5\n"
            "unix server: connection undefined open, end hello writeOnly, finish, close false\n"
            "unix client: connect open, ended readOnly false, ready, finish, data bye:hello, end, "
            "close false 9 5\n"
            "done\n");
}

void tst_NetScript::systemErrorsHaveNodesFields()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "errors.js",
            "// System errors carry Node's code, errno, syscall, address and port.\n"
            "const net = require('net');\n"
            "const s = net.connect(1, '127.0.0.1');\n"
            "s.on('error', (e) => {\n"
            "  console.log(e instanceof Error, e.message, Object.keys(e).join(','), e.errno, "
            "e.code, e.syscall, e.address, e.port);\n"
            "  console.log(require('util').inspect(e).split('\\n').filter((l) => !l.startsWith('   "
            " at ')).join('|'));\n"
            "});\n"
            "s.on('close', (h) => {\n"
            "  console.log('close', h, s.destroyed, s.readyState);\n"
            "  const u = net.connect('/nonexistent-dir/x.sock');\n"
            "  u.on('error', (e) => console.log(e.code, e.syscall, e.address, e.message, "
            "e.errno));\n"
            "  u.on('close', () => {\n"
            "    const a = net.createServer().listen(0, '127.0.0.1', () => {\n"
            "      const b = net.createServer();\n"
            "      b.on('error', (e) => { console.log(e.message.replace(/:\\d+$/, ':PORT'), "
            "e.code, e.errno, e.syscall, e.address, e.port === a.address().port); a.close(); });\n"
            "      b.listen(a.address().port, '127.0.0.1');\n"
            "    });\n"
            "  });\n"
            "});\n",
            "true connect ECONNREFUSED 127.0.0.1:1 errno,code,syscall,address,port -111 "
            "ECONNREFUSED connect 127.0.0.1 1\n"
            "Error: connect ECONNREFUSED 127.0.0.1:1|  errno: -111,|  code: 'ECONNREFUSED',|  "
            "syscall: 'connect',|  address: '127.0.0.1',|  port: 1|}\n"
            "close true true closed\n"
            "ENOENT connect /nonexistent-dir/x.sock connect ENOENT /nonexistent-dir/x.sock -2\n"
            "listen EADDRINUSE: address already in use 127.0.0.1:PORT EADDRINUSE -98 listen "
            "127.0.0.1 true\n");
}

void tst_NetScript::badArgumentsThrowNodesErrors()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "validation.js",
            "// Bad arguments throw at the call with Node's class, code and message.\n"
            "const net = require('net');\n"
            "const t = (what, f) => { try { const r = f(); console.log(what, 'ok', r && "
            "r.constructor && r.constructor.name); if (r && r.destroy) r.destroy(); } catch (e) { "
            "console.log(what, e.name, e.code, e.message); } };\n"
            "t('connect({})', () => net.connect({}));\n"
            "t('port -1', () => net.connect({ port: -1 }));\n"
            "t(\"port 'abc'\", () => net.connect({ port: 'abc' }));\n"
            "t('port true', () => net.connect({ port: true }));\n"
            "t('port 70000', () => net.connect(70000));\n"
            "t('localAddress', () => net.connect({ port: 80, localAddress: 'x' }));\n"
            "t('family 5', () => net.connect({ port: 80, family: 5 }));\n"
            "t('lookup 5', () => net.connect({ port: 80, lookup: 5, host: 'example' }));\n"
            "t('path 5', () => net.connect({ path: 5 }));\n"
            "t('listen 70000', () => net.createServer().listen(70000));\n"
            "t('listen {}', () => net.createServer().listen({}));\n"
            "t('listen port -5', () => net.createServer().listen({ port: -5 }));\n"
            "t('listen host only', () => net.createServer().listen({ host: 'x' }));\n"
            "t('setTimeout -1', () => new net.Socket().setTimeout(-1));\n"
            "t(\"setTimeout 'a'\", () => new net.Socket().setTimeout('a'));\n"
            "t('write 5', () => new net.Socket().write(5));\n"
            "t('write null', () => new net.Socket().write(null));\n"
            "t('setEncoding', () => new net.Socket().setEncoding('bogus'));\n"
            "t('createServer 5', () => net.createServer(5));\n"
            "const s = new net.Socket();\n"
            "console.log('fresh', s.readyState, s.pending, s.connecting, s.destroyed, s.readable, "
            "s.writable, s.bufferSize, s.bytesRead, s.bytesWritten, s.remoteAddress, s.localPort, "
            "JSON.stringify(s.address()), s.timeout, s.writableLength, s.readableLength, "
            "s.isPaused());\n"
            "console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('1.2.3.04'), "
            "net.isIP('fe80::1%eth0'), net.isIP(''), net.isIPv4('1.1.1.1'), net.isIPv6('1.1.1.1'), "
            "net.isIP(123));\n"
            "console.log(typeof net.Server, typeof net.Socket, net.Stream === net.Socket, "
            "net.createConnection === net.connect);\n",
            "connect({}) TypeError ERR_MISSING_ARGS The \"options\" or \"port\" or \"path\" "
            "argument must be specified\n"
            "port -1 RangeError ERR_SOCKET_BAD_PORT Port should be >= 0 and < 65536. Received type "
            "number (-1).\n"
            "port 'abc' RangeError ERR_SOCKET_BAD_PORT Port should be >= 0 and < 65536. Received "
            "type string ('abc').\n"
            "port true TypeError ERR_INVALID_ARG_TYPE The \"options.port\" property must be one of "
            "type number or string. Received type boolean (true)\n"
            "port 70000 RangeError ERR_SOCKET_BAD_PORT Port should be >= 0 and < 65536. Received "
            "type number (70000).\n"
            "localAddress TypeError ERR_INVALID_IP_ADDRESS Invalid IP address: x\n"
            "family 5 TypeError ERR_INVALID_ARG_VALUE The property 'options.family' must be one "
            "of: 0, 4, 6. Received 5\n"
            "lookup 5 TypeError ERR_INVALID_ARG_TYPE The \"options.lookup\" property must be of "
            "type function. Received type number (5)\n"
            "path 5 TypeError ERR_INVALID_ARG_TYPE The \"options.path\" property must be of type "
            "string. Received type number (5)\n"
            "listen 70000 RangeError ERR_SOCKET_BAD_PORT options.port should be >= 0 and < 65536. "
            "Received type number (70000).\n"
            "listen {} TypeError ERR_INVALID_ARG_VALUE The argument 'options' must have the "
            "property \"port\" or \"path\". Received {}\n"
            "listen port -5 RangeError ERR_SOCKET_BAD_PORT options.port should be >= 0 and < "
            "65536. Received type number (-5).\n"
            "listen host only TypeError ERR_INVALID_ARG_VALUE The argument 'options' must have the "
            "property \"port\" or \"path\". Received { host: 'x' }\n"
            "setTimeout -1 RangeError ERR_OUT_OF_RANGE The value of \"msecs\" is out of range. It "
            "must be a non-negative finite number. Received -1\n"
            "setTimeout 'a' TypeError ERR_INVALID_ARG_TYPE The \"msecs\" argument must be of type "
            "number. Received type string ('a')\n"
            "write 5 TypeError ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string "
            "or an instance of Buffer, TypedArray, or DataView. Received type number (5)\n"
            "write null TypeError ERR_STREAM_NULL_VALUES May not write null values to stream\n"
            "setEncoding TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus\n"
            "createServer 5 TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of "
            "type object. Received type number (5)\n"
            "fresh open true false false true true undefined 0 0 undefined undefined {} undefined "
            "0 0 false\n"
            "4 6 0 6 0 true false 0\n"
            "function function true true\n");
}

void tst_NetScript::readingRules()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "streams.js",
            "// Reading: pause/resume, pauseOnConnect, data before a 'data' listener, setEncoding "
            "with a\n"
            "// character split across chunks, timeouts, and the 'end' that comes only after the "
            "data.\n"
            "const net = require('net');\n"
            "const steps = [];\n"
            "function next() { const f = steps.shift(); if (f) f(); else console.log('done'); }\n"
            "steps.push(() => {\n"
            "  const srv = net.createServer({ pauseOnConnect: true }, (c) => {\n"
            "    console.log('pauseOnConnect', c.isPaused(), c.readableFlowing);\n"
            "    c.on('data', (d) => console.log('data after resume', d.toString()));\n"
            "    setTimeout(() => { console.log('resuming'); c.resume(); }, 30);\n"
            "    c.on('end', () => { c.end(); srv.close(next); });\n"
            "  });\n"
            "  srv.listen(0, () => { const s = net.connect(srv.address().port, () => s.end('hi')); "
            "});\n"
            "});\n"
            "steps.push(() => {\n"
            "  const srv = net.createServer((c) => {\n"
            "    const euro = Buffer.from('\\u20acuro');\n"
            "    c.write(euro.subarray(0, 1));\n"
            "    setTimeout(() => { c.write(euro.subarray(1, 2)); setTimeout(() => "
            "c.end(euro.subarray(2)), 10); }, 10);\n"
            "  });\n"
            "  srv.listen(0, () => {\n"
            "    const s = net.connect(srv.address().port);\n"
            "    s.setEncoding('utf8');\n"
            "    s.on('data', (d) => console.log('text', JSON.stringify(d), typeof d));\n"
            "    s.on('end', () => { console.log('end'); srv.close(next); });\n"
            "  });\n"
            "});\n"
            "steps.push(() => {\n"
            "  const srv = net.createServer((c) => { c.on('end', () => c.end()); });\n"
            "  srv.listen(0, () => {\n"
            "    const s = net.connect(srv.address().port);\n"
            "    s.setTimeout(50, () => { console.log('timeout callback', s.timeout); s.end(); "
            "});\n"
            "    s.on('timeout', () => console.log('timeout event'));\n"
            "    s.on('close', () => srv.close(next));\n"
            "  });\n"
            "});\n"
            "steps.push(() => {\n"
            "  // No 'data' listener yet: the data waits, 'end' waits for it.\n"
            "  const srv = net.createServer((c) => {\n"
            "    c.on('end', () => { console.log('server end after data'); c.end(); });\n"
            "    setTimeout(() => { c.on('data', (d) => console.log('late listener got', "
            "d.toString())); }, 50);\n"
            "  });\n"
            "  srv.listen(0, () => {\n"
            "    const s = net.connect(srv.address().port, () => s.end('waiting data'));\n"
            "    s.on('close', () => srv.close(next));\n"
            "  });\n"
            "});\n"
            "next();\n",
            "pauseOnConnect true false\n"
            "resuming\n"
            "data after resume hi\n"
            "text \"€uro\" string\n"
            "end\n"
            "timeout callback 50\n"
            "timeout event\n"
            "late listener got waiting data\n"
            "server end after data\n"
            "done\n");
}

void tst_NetScript::serverRules()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "servers.js",
            "// maxConnections and 'drop', getConnections, close() with and without a running "
            "server,\n"
            "// listen() twice, address().\n"
            "const net = require('net');\n"
            "const idle = net.createServer();\n"
            "idle.close((err) => console.log('close cb on idle server', err && err.code, err && "
            "err.message));\n"
            "idle.on('close', () => console.log('close event on idle server'));\n"
            "const srv = net.createServer((c) => { console.log('connection'); "
            "srv.getConnections((e, n) => console.log('count', e, n)); });\n"
            "srv.maxConnections = 1;\n"
            "srv.on('drop', (d) => console.log('drop', Object.keys(d).join(','), d.localPort === "
            "srv.address().port));\n"
            "console.log(srv.maxConnections, srv.listening, srv.address());\n"
            "srv.listen(0, '127.0.0.1', () => {\n"
            "  console.log('listening', srv.listening, srv.address().family, "
            "srv.address().address);\n"
            "  try { srv.listen(0); } catch (e) { console.log(e.code, e.message); }\n"
            "  const a = net.connect(srv.address().port, '127.0.0.1', () => {\n"
            "    const b = net.connect(srv.address().port, '127.0.0.1');\n"
            "    b.on('close', () => { console.log('b closed'); a.end(); srv.close(() => "
            "console.log('srv closed', srv.address())); });\n"
            "    b.on('error', (e) => console.log('b error', e.code));\n"
            "  });\n"
            "});\n",
            "1 false null\n"
            "close cb on idle server ERR_SERVER_NOT_RUNNING Server is not running.\n"
            "close event on idle server\n"
            "listening true IPv4 127.0.0.1\n"
            "ERR_SERVER_ALREADY_LISTEN Listen method has been called more than once without "
            "closing.\n"
            "connection\n"
            "count null 1\n"
            "drop localAddress,localPort,localFamily,remoteAddress,remotePort,remoteFamily true\n"
            "b closed\n"
            "srv closed null\n");
}

void tst_NetScript::unrefServerDoesNotKeepRunAlive()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "lifetime.js",
            "// An unref'd server does not keep the run alive; a ref'd socket does until it "
            "closes.\n"
            "const net = require('net');\n"
            "const srv = net.createServer((c) => c.end('x')).listen(0, '127.0.0.1', () => {\n"
            "  const s = net.connect(srv.address().port, '127.0.0.1');\n"
            "  s.on('data', (d) => console.log('data', d.toString()));\n"
            "  s.on('close', () => console.log('client closed'));\n"
            "});\n"
            "console.log(srv.unref() === srv);\n"
            "process.on('exit', () => console.log('exit, listening:', srv.listening));\n",
            "true\n"
            "data x\n"
            "client closed\n"
            "exit, listening: true\n");
}

void tst_NetScript::lookupOption()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "lookup.js",
            "// The `lookup` option is called as Node 20 calls it, and its answer is used.\n"
            "const net = require('net');\n"
            "const srv = net.createServer((c) => c.end('via lookup'));\n"
            "srv.listen(0, '127.0.0.1', () => {\n"
            "  const c = net.connect({ port: srv.address().port, host: 'my.test.host', lookup: "
            "(host, options, cb) => {\n"
            "    console.log('lookup called', host, JSON.stringify(options));\n"
            "    cb(null, [{ address: '127.0.0.1', family: 4 }]);\n"
            "  } });\n"
            "  c.on('data', (d) => console.log(d.toString()));\n"
            "  c.on('close', () => {\n"
            "    const bad = net.connect({ port: srv.address().port, host: 'other.test', family: "
            "4, lookup: (host, options, cb) => {\n"
            "      console.log('lookup 2', host, JSON.stringify(options));\n"
            "      const e = new Error('no such name'); e.code = 'ENOTFOUND'; cb(e);\n"
            "    } });\n"
            "    bad.on('lookup', (err, address, family, host) => console.log('lookup event', err "
            "&& err.code, address, family, host));\n"
            "    bad.on('error', (e) => { console.log('error', e.message, e.code); srv.close(); "
            "});\n"
            "  });\n"
            "});\n",
            "lookup called my.test.host {\"hints\":32,\"all\":true}\n"
            "via lookup\n"
            "lookup 2 other.test {\"family\":4,\"hints\":0}\n"
            "error no such name ENOTFOUND\n");
}

void tst_NetScript::writingRules()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "writes.js",
            "// Writing: callbacks, 'drain', write after end, write after destroy, destroy(err), "
            "'finish'.\n"
            "const net = require('net');\n"
            "const srv = net.createServer((c) => { c.on('error', (e) => console.log('server socket "
            "error', e.code)); c.resume(); c.on('end', () => c.end()); });\n"
            "srv.listen(0, '127.0.0.1', () => {\n"
            "  const s = net.connect(srv.address().port, '127.0.0.1', () => {\n"
            "    s.write('a', (err) => console.log('write cb', err));\n"
            "    s.end('b', () => console.log('end callback'));\n"
            "    s.write('late', (err) => console.log('write after end cb', err && err.code));\n"
            "  });\n"
            "  s.on('finish', () => console.log('finish'));\n"
            "  s.on('error', (e) => console.log('error', e.code, e.message));\n"
            "  s.on('close', (h) => {\n"
            "    console.log('close', h);\n"
            "    const t = net.connect(srv.address().port, '127.0.0.1', () => {\n"
            "      t.destroy(new Error('custom'));\n"
            "      console.log('destroyed', t.destroyed);\n"
            "      t.write('x', (err) => console.log('write after destroy cb', err && err.code, "
            "err && err.message));\n"
            "      t.end(() => console.log('never'));\n"
            "    });\n"
            "    t.on('error', (e) => console.log('t error', e.message));\n"
            "    t.on('close', (h2) => { console.log('t close', h2, t.destroyed); srv.close(); "
            "});\n"
            "  });\n"
            "});\n",
            "write cb null\n"
            "end callback\n"
            "write after end cb ERR_STREAM_WRITE_AFTER_END\n"
            "error ERR_STREAM_WRITE_AFTER_END write after end\n"
            "close true\n"
            "destroyed true\n"
            "t error custom\n"
            "write after destroy cb ERR_STREAM_DESTROYED Cannot call write after a stream was "
            "destroyed\n"
            "never\n"
            "t close true true\n");
}

// 1 GiB in 64 KiB writes to a peer that reads nothing, without waiting for 'drain': memory
// grows, bufferSize shows it, nothing crashes. Most writes repeat one Buffer, whose bytes are
// queued shared, as node queues a reference; every 16th is a Buffer of its own, so 64 MiB of
// distinct bytes pile up and the resident size shows it. NETBENCH_BIG_WRITE_MIB changes the
// total.
void tst_NetScript::hugeWriteWithoutDrainBuffers()
{
    const int mebibytes = qEnvironmentVariableIsSet("NETBENCH_BIG_WRITE_MIB")
            ? qEnvironmentVariableIntValue("NETBENCH_BIG_WRITE_MIB")
            : 1024;
    ScriptDir dir;
    const QString file = dir.write(
            u"flood.js"_s,
            "const net = require('net');\n"
            "const total = Number(process.argv[2]) * 1024 * 1024;\n"
            "const chunk = Buffer.alloc(64 * 1024, 'x');\n"
            "const server = net.createServer((c) => { c.pause(); });\n"
            "server.listen(0, '127.0.0.1', () => {\n"
            "  const s = net.connect(server.address().port, '127.0.0.1', () => {\n"
            "    const rssBefore = process.memoryUsage().rss;\n"
            "    let falses = 0, last = 0, growing = true, writes = 0;\n"
            "    for (let n = 0; n < total; n += chunk.length) {\n"
            "      const own = ++writes % 16 === 0 ? Buffer.allocUnsafe(chunk.length).fill(writes) "
            ": chunk;\n"
            "      if (!s.write(own)) falses++;\n"
            "      if (n % (16 * 1024 * 1024) === 0) { growing = growing && s.bufferSize >= last; "
            "last = s.bufferSize; }\n"
            "    }\n"
            "    console.log('bufferSize holds nearly all', s.bufferSize > total - 64 * 1024 * "
            "1024);\n"
            "    console.log('bufferSize grew', growing, 'writes said false', falses > 0);\n"
            "    console.log('writableLength', s.writableLength === s.bufferSize, 'needDrain', "
            "s.writableNeedDrain);\n"
            "    console.log('memory grew', process.memoryUsage().rss - rssBefore >= total / 32);\n"
            "    s.destroy();\n"
            "    server.close();\n"
            "  });\n"
            "  s.on('drain', () => console.log('no drain expected'));\n"
            "  s.on('close', (hadError) => console.log('closed', hadError, s.bufferSize));\n"
            "});\n");
    const scripttest::Result result = scripttest::run(file, {QString::number(mebibytes)});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             u"bufferSize holds nearly all true\nbufferSize grew true writes said "
             "false true\nwritableLength true needDrain true\nmemory grew true\n"
             "closed false undefined\n"_s);
}

QTEST_GUILESS_MAIN(tst_NetScript)
#include "tst_netscript.moc"
