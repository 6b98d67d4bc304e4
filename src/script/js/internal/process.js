'use strict';
// The global `process`: an EventEmitter with Node's 'exit', 'beforeExit', 'uncaughtException',
// 'unhandledRejection' and 'warning' events, exit()/exitCode, nextTick, hrtime, and read-only
// facts about the run. Nothing here changes the machine: env is a frozen copy, there is no
// kill() or chdir(); stdin only reads what a host writes into the run (internal/stdin.js).

const native = internalBinding('native');
const EventEmitter = require('events');
const loop = require('internal/loop');
const errors = require('internal/errors');
const validators = require('internal/validators');
const nativeOf = require('internal/net_common').nativeOf;

const info = native.processInfo();

function Process() {
    EventEmitter.init.call(this);
}
Process.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Process, writable: true, configurable: true },
});
Object.defineProperty(Process, 'name', { value: 'process' });

const process = new Process();
let exitCode;

function validateExitCode(code) {
    if (code === null || code === undefined)
        return;
    if (typeof code === 'string' && code !== '' && Number.isInteger(+code))
        return;
    validators.validateInteger(code, 'code');
}

Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get: function () { return exitCode; },
    set: function (code) {
        validateExitCode(code);
        exitCode = code;
    },
});

process.title = 'netbench';
process.version = 'v' + info.version;
process.versions = Object.freeze({ netbench: info.version, qt: info.qtVersion });
process.arch = info.arch;
process.platform = info.platform;
process.release = Object.freeze({ name: 'netbench' });
process.execPath = info.execPath;
process.argv0 = 'netbench';
process.argv = [info.execPath, native.realPath(info.scriptPath)].concat(info.arguments);
process.execArgv = [];
process.env = Object.freeze(info.env);
process.pid = info.pid;
process.ppid = info.ppid;
process.features = Object.freeze({ inspector: false, ipv6: true, tls: false });
process.config = Object.freeze({ variables: {} });
process._exiting = false;

process.nextTick = loop.nextTick;

// Only when the host writes into the run (without, there is no process.stdin at all); the
// stream is made at first use, as node makes its stdin.
const inputBridge = native.newInput();
if (inputBridge !== null) {
    let stdin = null;
    Object.defineProperty(process, 'stdin', {
        enumerable: true,
        configurable: true,
        get: function () {
            if (stdin === null)
                stdin = require('internal/stdin').create(inputBridge);
            return stdin;
        },
    });
}

process.exit = function exit(code) {
    if (code !== undefined)
        process.exitCode = code;
    const finalCode = Number(process.exitCode) | 0;
    if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', finalCode);
    }
    native.exit(Number(process.exitCode) | 0);
};

process.reallyExit = function reallyExit(code) {
    native.exit(code | 0);
};

process.abort = function abort() {
    native.write(2, 'process.abort() is not supported by netbench; exiting with code 134\n');
    native.exit(134);
};

process.cwd = function cwd() {
    return native.cwd();
};

process.uptime = function uptime() {
    return native.now() / 1000;
};

function hrtime(previous) {
    const now = native.hrtime();
    if (previous === undefined)
        return now;
    if (!Array.isArray(previous))
        throw errors.codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    if (previous.length !== 2)
        throw errors.codes.ERR_OUT_OF_RANGE('time', '2', previous.length);
    let seconds = now[0] - previous[0];
    let nanoseconds = now[1] - previous[1];
    if (nanoseconds < 0) {
        seconds -= 1;
        nanoseconds += 1e9;
    }
    return [seconds, nanoseconds];
}
// BigInt does not exist in this engine, so there is no honest bigint to return.
hrtime.bigint = function bigint() {
    throw errors.codes.ERR_NOT_SUPPORTED('process.hrtime.bigint() (the engine has no BigInt; '
                                         + 'use process.hrtime())');
};
process.hrtime = hrtime;

function memoryUsage() {
    const rss = native.memoryUsage().rss;
    // The engine does not report its heap; rss is the one measured figure.
    return { rss: rss, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = function rss() {
    return native.memoryUsage().rss;
};
process.memoryUsage = memoryUsage;

// Node's names for what keeps the loop alive: requests (a lookup), then handles (ref'd
// sockets and servers), then timers and immediates. A handle knows its own entries
// (_activeResources()); a server is recognised by its listening state.
function getActiveResourcesInfo() {
    const requests = [];
    const handles = [];
    loop.handles.forEach(function (handle) {
        if (typeof handle._activeResources === 'function') {
            handle._activeResources(requests, handles);
        } else if (handle.listening === true && nativeOf(handle).hasRef()) {
            const pipe = typeof handle.address() === 'string';
            handles[handles.length] = pipe ? 'PipeWrap' : 'TCPServerWrap';
        }
    });
    const counts = loop.refedTimerCounts();
    const result = requests.concat(handles);
    for (let i = 0; i < counts[0]; i++)
        result[result.length] = 'Timeout';
    for (let i = 0; i < counts[1]; i++)
        result[result.length] = 'Immediate';
    return result;
}
process.getActiveResourcesInfo = getActiveResourcesInfo;

// ---- warnings ---------------------------------------------------------------------------

function emitWarning(warning, type, code) {
    if (type !== null && typeof type === 'object') {
        code = type.code;
        type = type.type;
    }
    if (typeof warning === 'string') {
        const text = warning;
        warning = new Error(text);
        warning.name = String(type || 'Warning');
        if (code !== undefined)
            warning.code = code;
    } else if (!(warning instanceof Error)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    loop.nextTick(function () {
        process.emit('warning', warning);
    });
}
process.emitWarning = emitWarning;

// Node's own listener, which prints every warning whatever else listens.
process.on('warning', function defaultWarningHandler(warning) {
    const code = warning.code ? '[' + warning.code + '] ' : '';
    native.write(2, '(netbench:' + process.pid + ') ' + code + warning.name + ': '
                 + warning.message + '\n');
});

// ---- standard streams -------------------------------------------------------------------

function OutputStream(fd) {
    EventEmitter.init.call(this);
    this.fd = fd;
    this.writable = true;
    this._isStdio = true;
    // Node's stdio stream: the failed writes of one tick give their callbacks the error, then
    // one 'error' follows them; errorEmitted stays true after the first (console reads it).
    this._errorPending = false;
    this._errorEmitted = false;
}
OutputStream.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: OutputStream, writable: true, configurable: true },
});

OutputStream.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
        callback = encoding;
        encoding = undefined;
    }
    let failure;
    if (typeof chunk === 'string') {
        if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')
            failure = native.write(this.fd, chunk);
        else
            return this.write(require('buffer').Buffer.from(chunk, encoding), callback);
    } else if (chunk instanceof Uint8Array) {
        const bytes = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
                ? chunk.buffer : chunk.buffer.slice(chunk.byteOffset,
                                                    chunk.byteOffset + chunk.byteLength);
        failure = native.writeBytes(this.fd, bytes);
    } else {
        throw errors.codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'],
                                                chunk);
    }
    if (failure !== null) {
        // Node: the callback gets the error, then the stream emits it (fatal if unhandled).
        loop.nextTick(afterFailedWrite, this, outputError(failure), callback);
        return false;
    }
    if (typeof callback === 'function')
        loop.nextTick(callback, null);
    return true;
};

// Node's error for a failed write to stdout/stderr: a file or device is written with fs
// ('ENOSPC: no space left on device, write'), a pipe, socket or terminal as a libuv stream
// ('write EPIPE'), each with its own property order.
function outputError(failure) {
    if (failure.file) {
        const error = new Error(failure.code + ': ' + failure.description + ', write');
        error.errno = failure.errno;
        error.syscall = 'write';
        error.code = failure.code;
        return error;
    }
    const error = new Error('write ' + failure.code);
    error.errno = failure.errno;
    error.code = failure.code;
    error.syscall = 'write';
    return error;
}

// As Node's Writable: the 'error' is queued by the first failed write's callback, so it comes
// after the callbacks of the writes that failed with it, once for all of them.
function afterFailedWrite(stream, error, callback) {
    if (typeof callback === 'function')
        callback(error);
    if (stream._errorPending)
        return;
    stream._errorPending = true;
    loop.nextTick(emitOutputError, stream, error);
}

function emitOutputError(stream, error) {
    stream._errorPending = false;
    stream._errorEmitted = true;
    stream.emit('error', error);
}

OutputStream.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
        callback = chunk;
        chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null)
        this.write(chunk, encoding);
    if (typeof callback === 'function')
        loop.nextTick(callback);
    return this;
};

process.stdout = new OutputStream(1);
process.stderr = new OutputStream(2);

module.exports = process;
