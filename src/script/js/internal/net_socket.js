'use strict';
// net.Socket on a netcore::Socket (through its SocketBridge). The stream rules of Node's
// Duplex are kept here, where Node keeps them: data waits in the socket (not flowing) until a
// 'data' listener or resume() takes it, 'end' comes once the buffered data is consumed, and
// without allowHalfOpen the socket ends its side after 'end' (the native socket always allows
// half-open so that this order is Node's).

const EventEmitter = require('events');
const errors = require('internal/errors');
const validators = require('internal/validators');
const loop = require('internal/loop');
const common = require('internal/net_common');
const lookup = require('internal/net_lookup');
const socketToDnsFamily = common.socketToDnsFamily;
const nativeOf = common.nativeOf;
const validateConnectOptions = common.validateConnectOptions;
const buffer = require('buffer');
const kSharedId = require('internal/encoding').kSharedId;
const normalizeEncoding = require('internal/encoding').normalizeEncoding;
const netBinding = internalBinding('net');
const codes = errors.codes;
const Buffer = buffer.Buffer;
const FastBuffer = buffer.FastBuffer;

const kReadableHighWaterMark = 16384;
// The write path's native calls, looked up once (a method read on a QObject costs an object).
const nativeWrite = netBinding.write;
const nativeWriteText = netBinding.writeText;
const nativeWriteJoined = netBinding.writeJoined;
const kBelowHighWaterMark = 1;
const kWrittenAtOnce = 2;
const kAlreadyDestroyed = 4;
const ev = common.events;
const kLookup = ev.kLookup;
const kLookupRequest = ev.kLookupRequest;
const kConnect = ev.kConnect;
const kData = ev.kData;
const kText = ev.kText;
const kEnd = ev.kEnd;
const kDrain = ev.kDrain;
const kTimeout = ev.kTimeout;
const kWrite = ev.kWrite;
const kError = ev.kError;
const kClose = ev.kClose;
const baseEmit = EventEmitter.prototype.emit;
const kNoListener = {};  // what _dataListener holds before a listener was seen: never in _events

// The last chunk received and the last view bytesOf() saw whole, with their ArrayBuffers: an
// echo writes back the chunk it got, a client writes the same Buffer again. A typed array's
// buffer, offset and length never change, and in this engine reading them costs a numeric-key
// check each, unlike properties of plain objects.
let lastReceived = null;
let lastReceivedBytes = null;
let lastView = null;
let lastViewBytes = null;
// While flushCorkedWrites() writes its batch: the length Node counts for it (strings by their
// characters), which its joined bytes do not tell.
let joinedLength = -1;

// Set while Node's own stream code calls pause() or resume() (a 'data' listener, pipe()):
// the trace records those only where they stop or start reading, the script's own always.
let callByNode = false;

function callAsNode(socket, method) {
    callByNode = true;
    try {
        socket[method]();
    } finally {
        callByNode = false;
    }
}

function bytesOf(view) {
    if (view === lastReceived)
        return lastReceivedBytes;
    if (view === lastView)
        return lastViewBytes;
    if (view instanceof ArrayBuffer)
        return sharedIdOr(view);
    const bytes = view.buffer;
    const offset = view.byteOffset;
    const length = view.byteLength;
    if (offset !== 0 || length !== bytes.byteLength)
        return bytes.slice(offset, offset + length);  // a copy of the moment: not remembered
    lastView = view;
    lastViewBytes = sharedIdOr(bytes);
    return lastViewBytes;
}

// A shared buffer goes to C++ as its id (nothing copied), any other as the ArrayBuffer.
function sharedIdOr(bytes) {
    const id = bytes[kSharedId];
    return id === undefined ? bytes : id;
}

// emit('data', chunk) without emit()'s generic path when there is one listener and emit is
// EventEmitter's own: the same call the listener would get.
function emitData(socket, chunk) {
    const rs = socket._rs;
    rs.dataEmitted = true;
    if (rs.awaitDrainWriter !== null)
        forgetAwaitedDrains(rs);
    const events = socket._events;
    const handler = events === undefined ? undefined : events.data;
    if (typeof handler === 'function' && socket.emit === baseEmit)
        handler.call(socket, chunk);
    else
        socket.emit('data', chunk);
}

// Every 'data' emitted (or read()) means the source flows again: pipe() destinations that
// asked it to wait are no longer awaited (Node's awaitDrainWriters, one or a Set).
function forgetAwaitedDrains(rs) {
    if (rs.multiAwaitDrain)
        rs.awaitDrainWriter.clear();
    else
        rs.awaitDrainWriter = null;
}

// list.indexOf(value) >= 0 without Array.prototype, which a script may replace.
function contains(list, value) {
    for (let i = 0; i < list.length; i++) {
        if (list[i] === value)
            return true;
    }
    return false;
}

function undefinedIfNull(value) {
    return value === null ? undefined : value;
}

function onReadableStreamEnd() {
    if (!this.allowHalfOpen && this.writable && !this._ws.ending && !this.destroyed)
        loop.nextTick(endWritable, this);
}

function endWritable(socket) {
    if (socket.writable && !socket._ws.ending && !socket.destroyed)
        socket.end();
}

// Node's Socket is a function, not a class: net.Socket() works without `new`, and old-style
// subclasses call net.Socket.call(this, options). SocketMethods below holds the methods.
function Socket(options) {
    const accepted = acceptedBridge;  // taken first: no script code has run yet
    acceptedBridge = null;
    if (!(this instanceof Socket)) {
        acceptedBridge = accepted;
        return new Socket(options);
    }
    EventEmitter.call(this);
    initSocket(this, normalizeSocketOptions(options), accepted);
}

// The bridge of a connection a server accepted, on its way to the Socket made for it. Not an
// option: a script's own objects must never pass for a native socket (one with another
// socket's id would take that socket's events).
let acceptedBridge = null;

function socketForAccepted(bridge, options) {
    acceptedBridge = bridge;
    try {
        return new Socket(options);
    } finally {
        acceptedBridge = null;
    }
}

function normalizeSocketOptions(options) {
    if (typeof options === 'number')
        return { fd: options };
    if (options === undefined || options === null)
        return {};
    options = common.copyOptions(options);
    if (options.objectMode) {
        throw codes.ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode,
                                          'is not supported');
    }
    if (options.readableObjectMode || options.writableObjectMode) {
        const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
        throw codes.ERR_INVALID_ARG_VALUE('options.' + name, options[name], 'is not supported');
    }
    if (options.keepAliveInitialDelay !== undefined) {
        validators.validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
        if (options.keepAliveInitialDelay < 0)
            options.keepAliveInitialDelay = 0;
    }
    return options;
}

// Node's getHighWaterMark() for a Duplex: highWaterMark, else the side's own option.
function highWaterMarkOption(options, sideKey, fallback) {
    const value = options.highWaterMark !== undefined && options.highWaterMark !== null
                ? options.highWaterMark : options[sideKey];
    if (value === undefined || value === null)
        return fallback;
    if (!Number.isInteger(value) || value < 0)
        throw codes.ERR_INVALID_ARG_VALUE('options.' + sideKey, value);
    return Math.floor(value);
}

// Node's onread option: {buffer: Uint8Array or function returning one, callback}; anything
// else is ignored, as Node ignores it.
function onreadOption(onread) {
    if (onread === null || typeof onread !== 'object' || typeof onread.callback !== 'function')
        return null;
    if (typeof onread.buffer === 'function')
        return { buffer: null, generate: onread.buffer, callback: onread.callback, rest: null,
                 paused: false };
    if (onread.buffer instanceof Uint8Array)
        return { buffer: onread.buffer, generate: null, callback: onread.callback, rest: null,
                 paused: false };
    return null;
}

function initSocket(socket, options, accepted) {
    const readableHighWaterMark = highWaterMarkOption(options, 'readableHighWaterMark',
                                                      kReadableHighWaterMark);
    const writableHighWaterMark = highWaterMarkOption(options, 'writableHighWaterMark', null);
    socket.allowHalfOpen = !!options.allowHalfOpen;
    socket.timeout = undefined;
    socket.server = null;
    socket._server = null;
    // Node's ReadableState, the parts a socket needs ('readable' mode and pipe() too).
    socket._rs = { flowing: null, paused: false, buffer: [], length: 0, ended: false,
                   endEmitted: false, nativePaused: false, encoding: null,
                   highWaterMark: readableHighWaterMark, readableListening: false,
                   needReadable: false, emittedReadable: false, resumeScheduled: false,
                   pipes: [], awaitDrainWriter: null, multiAwaitDrain: false,
                   dataEmitted: false, readRequested: false };
    socket._ws = { ending: false, finished: false, aborted: false, abortReason: null,
                   onFinish: [], endRequest: 0,
                   corked: 0, corkedWrites: [], corkedLength: 0, corkedBytes: 0,
                   corkedNeedDrain: false, defaultEncoding: 'utf8' };
    socket._requests = Object.create(null);  // request id -> callback (not a Map: see loop.handles)
    socket._nextRequest = 1;
    socket._destroyed = false;
    socket._closeDeferred = false;
    socket._reconnecting = false;  // connect() of a connected socket (connectOpenConnection())
    socket._connectAgainSucceeds = false;
    // Earlier lives still owed their 'error' (the destroy() error, or null) and 'close':
    // destroyed, then connected again before netcore delivered those.
    socket._staleLives = [];
    socket._destroyError = null;
    socket._errored = null;  // the error the stream ended with (Node's errored)
    socket._lookupError = null;
    socket._lookupFunction = null;
    socket._pendingLookup = null;
    socket._connectLocal = null;
    socket._beforeConnect = null;
    socket._local = null;
    socket._remote = null;
    socket._peername = null;  // what remoteAddress/remotePort/remoteFamily showed first
    socket._hadError = false;
    socket._errorEmitted = false;
    socket._afterError = [];
    socket._closeEmitted = false;
    socket._tracked = false;
    if (options.handle !== undefined && options.handle !== null) {
        throw codes.ERR_NOT_SUPPORTED('new net.Socket({handle}) (use {fd})');
    }
    socket._hadHandle = accepted !== null || options.fd !== undefined;
    socket._dataListener = kNoListener;
    socket._onread = onreadOption(options.onread);
    let bridge;
    if (accepted !== null) {
        bridge = accepted;
        common.attachNative(socket, bridge);
        socket._id = bridge.id;
        socket._track();
        socket._rememberAddresses();
        if (options.pauseOnCreate) {
            socket._rs.flowing = false;
            socket._rs.nativePaused = true;  // the server accepted it with reading off
        }
    } else {
        const nativeOptions = {};
        if (options.fd !== undefined) {
            validators.validateInt32(options.fd, 'fd', 0);
            common.checkDescriptorAdoption('new net.Socket({fd: ' + options.fd + '})', options.fd);
            nativeOptions.fd = options.fd;
            nativeOptions.readable = options.readable !== false;
            nativeOptions.writable = options.writable !== false;
        }
        bridge = netBinding.createSocket(nativeOptions);
        common.attachNative(socket, bridge);
        socket._id = bridge.id;
        if (options.fd !== undefined) {
            socket._track();
            socket._rememberAddresses();
        }
    }
    if (writableHighWaterMark !== null)
        bridge.writableHighWaterMark = writableHighWaterMark;
    if (socket._hadHandle)
        startOnread(socket);
    if (options.noDelay)
        socket.setNoDelay(true);
    if (options.keepAlive)
        socket.setKeepAlive(true, options.keepAliveInitialDelay);
    if (options.signal)
        watchAbortSignal(socket, options.signal);
    socket.on('end', onReadableStreamEnd);
}

class SocketMethods extends EventEmitter {
    _track() {
        if (!this._tracked) {
            this._tracked = true;
            loop.handles.set(this._id, this);
        }
    }

    _untrack() {
        if (this._tracked) {
            this._tracked = false;
            loop.handles.delete(this._id);
        }
    }

    // Node's this._handle !== null: made by connect() (or given), gone once destroyed.
    _hasHandle() {
        return this._hadHandle && !this._destroyed;
    }

    _rememberAddresses() {
        this._local = nativeOf(this).address();
        this._remote = nativeOf(this).remote();
    }

    // Events of the native socket, under Node's names.
    _onNative(event, a, b, c, d) {
        switch (event) {
        case kData: {
            const chunk = new FastBuffer(a);
            if (this._onread !== null) {
                deliverToOnread(this, chunk);
                break;
            }
            lastReceived = chunk;
            lastReceivedBytes = a;
            // _push() and emitData() inline: this is the path of every chunk.
            const rs = this._rs;
            if (rs.flowing === true && rs.buffer.length === 0) {
                rs.dataEmitted = true;
                if (rs.awaitDrainWriter !== null)
                    forgetAwaitedDrains(rs);
                const events = this._events;
                const handler = events === undefined ? undefined : events.data;
                // The listener last seen to be a function (typeof is costly here) needs no check.
                if ((handler === this._dataListener || typeof handler === 'function')
                    && this.emit === baseEmit) {
                    this._dataListener = handler;
                    handler.call(this, chunk);
                } else {
                    this.emit('data', chunk);
                }
            } else {
                this._push(chunk);
            }
            break;
        }
        case kText:
            this._push(a);
            break;
        case kWrite:
            this._writeDone(a, b);
            break;
        case kLookup: {
            if (this._lookupFunction !== null)
                break;  // the script's lookup function reported it already
            const error = a === null ? null : (this._lookupError || errors.fromNative(a));
            this.emit('lookup', error, undefinedIfNull(b), undefinedIfNull(c), d);
            break;
        }
        case kLookupRequest:
            if (this._pendingLookup !== null) {
                this._pendingLookup.requestId = a;
                lookup.answer(this);
            }
            break;
        case kConnect: {
            this._rememberAddresses();
            this._connectAgainSucceeds = !nativeOf(this).unixSocket;
            disarmBeforeConnect(this);
            // Node's afterConnect(): 'connect', then 'ready' in the same turn (no tick or
            // microtask between them).
            this.emit('connect');
            this.emit('ready');
            // Reading starts only if the socket was not paused by now or a read was asked for
            // while connecting (a 'data' listener, resume(), read()); otherwise the data stays
            // in the kernel until resume().
            const rs = this._rs;
            if (rs.paused === true && !rs.readRequested && !rs.readableListening
                && !rs.nativePaused && !this.destroyed) {
                rs.nativePaused = true;
                nativeOf(this).pauseInternally();
            }
            break;
        }
        case kEnd: {
            const rs = this._rs;
            rs.ended = true;
            if (rs.readableListening) {
                // Node's onEofChunk(): 'readable' at once; 'end' once read() finds nothing.
                rs.needReadable = false;
                rs.emittedReadable = true;
                emitReadableNT(this);
                this.read(0);  // as net's onStreamRead(): 'end' now if nothing is left
            } else {
                this._maybeEmitEnd();
            }
            break;
        }
        case kDrain:
            this.emit('drain');
            break;
        case kTimeout:
            this.emit('timeout');
            break;
        case kError: {
            if (this._staleLives.length > 0) {
                this.emit('error', this._staleLives[0] || errors.fromNative(a));
                break;
            }
            let error = this._destroyError || this._lookupError;
            if (error === null) {
                error = errors.fromNative(a);
                if (error.syscall === 'connect')
                    addLocalDetails(error, this._connectLocal);
            }
            this._destroyed = true;
            this._errored = error;
            this._hadError = true;
            // Node's errorBuffer(): writes still held by cork() fail before 'error', unless a
            // write made while connecting is pending (then they fail after it, from 'close').
            if (this._ws.corkedWrites.length > 0 && this._beforeConnect === null)
                failCorkedWrites(this, error);
            this._errorEmitted = true;
            const after = this._afterError;
            this._afterError = [];
            this.emit('error', error);
            for (const callback of after)
                callback();
            break;
        }
        case kClose:
            this._onClose(a);
            break;
        }
    }

    _onClose(hadError) {
        if (this._staleLives.length > 0) {
            // Node emits it from the old handle; the connection made since lives on.
            this._staleLives.shift();
            this.emit('close', hadError);
            return;
        }
        this._untrack();
        const rs = this._rs;
        if (!hadError && !this._destroyed && rs.ended && !rs.endEmitted
            && (rs.length > 0 || (this._onread !== null && this._onread.rest !== null))) {
            // netcore closed after both FINs, but Node closes only once 'end' was emitted:
            // the data still unread comes first (see endReadableNT()).
            this._closeDeferred = true;
            return;
        }
        if (!this._errorEmitted && this._afterError.length > 0) {
            // destroy(error) came after netcore had closed by itself (both FINs crossed), so no
            // 'error' follows, as in Node for a socket destroyed already: what waited for it
            // is answered now, not lost.
            const after = this._afterError;
            this._afterError = [];
            for (const callback of after)
                callback();
        }
        this._destroyed = true;
        this._rs.buffer = [];
        this._rs.length = 0;
        this._closeEmitted = true;
        if (this._hadHandle)
            this.emit('close', hadError);
        else
            this.emit('close');  // Node's emitCloseNT() for a socket that never had a handle
    }

    // ---- reading ------------------------------------------------------------------------

    _push(chunk) {
        const rs = this._rs;
        if (rs.flowing === true && rs.buffer.length === 0) {
            emitData(this, chunk);
            return;
        }
        if (chunk.length === 0)
            return;
        rs.buffer[rs.buffer.length] = chunk;
        rs.length += chunk.length;
        if (rs.needReadable)
            emitReadable(this);
        if (rs.length >= rs.highWaterMark && !rs.nativePaused) {
            rs.nativePaused = true;
            nativeOf(this).pauseInternally();
        }
    }

    _flow() {
        const rs = this._rs;
        while (rs.flowing === true && rs.buffer.length > 0 && !this.destroyed) {
            const chunk = rs.buffer.shift();
            rs.length -= chunk.length;
            emitData(this, chunk);
        }
        if (rs.nativePaused && rs.length < rs.highWaterMark && rs.flowing !== false) {
            rs.nativePaused = false;
            nativeOf(this).resumeInternally();
        }
        this._maybeEmitEnd();
    }

    // Node's _read(): reading goes on (it stops at the high-water mark, see _push()).
    _read() {
        const rs = this._rs;
        rs.readRequested = true;
        if (rs.nativePaused && rs.length < rs.highWaterMark && !this.destroyed) {
            rs.nativePaused = false;
            nativeOf(this).resumeInternally();
        }
    }

    _maybeEmitEnd() {
        const rs = this._rs;
        if (rs.readableListening)
            return;  // 'readable' mode: read() ends the stream (endReadable())
        // Node's endReadable(): 'end' comes from the nextTick queue, after the ticks queued
        // before it (by a 'data' listener, or by the code that called resume()).
        if (rs.ended && !rs.endEmitted && rs.buffer.length === 0 && !this._closeEmitted
            && (this._onread === null || this._onread.rest === null))
            endReadable(this);
    }

    on(event, listener) {
        super.on(event, listener);
        if (event === 'data') {
            const rs = this._rs;
            if (rs.readableListening)
                rs.readableListening = this.listenerCount('readable') > 0;
            if (rs.flowing !== false)
                callAsNode(this, 'resume');
        } else if (event === 'readable') {
            const rs = this._rs;
            if (!rs.endEmitted && !rs.readableListening) {
                rs.readableListening = rs.needReadable = true;
                rs.flowing = false;
                rs.emittedReadable = false;
                if (rs.length > 0)
                    emitReadable(this);
                else
                    loop.nextTick(readZero, this);
            }
        }
        return this;
    }

    removeListener(event, listener) {
        EventEmitter.prototype.removeListener.call(this, event, listener);
        if (event === 'readable')
            loop.nextTick(updateReadableListening, this);
        return this;
    }

    off(event, listener) {
        return this.removeListener(event, listener);
    }

    removeAllListeners(event) {
        EventEmitter.prototype.removeAllListeners.apply(this, arguments);
        if (event === 'readable' || event === undefined)
            loop.nextTick(updateReadableListening, this);
        return this;
    }

    addListener(event, listener) {
        return this.on(event, listener);
    }

    pause() {
        const byScript = !callByNode;
        callByNode = false;
        const onread = this._onread;
        if (onread !== null && !onread.paused && !this.connecting && !this.destroyed) {
            // Node's onread socket stops reading on pause(), not at a high-water mark.
            onread.paused = true;
            nativeOf(this).pause();
        } else if (byScript) {
            nativeOf(this).recordPause();  // reading goes on: only the trace hears of the call
        }
        const rs = this._rs;
        if (rs.flowing !== false) {
            rs.flowing = false;
            this.emit('pause');
        }
        // Like Node, reading goes on until the buffer reaches the high-water mark; only then
        // does the kernel see backpressure.
        rs.paused = true;
        return this;
    }

    resume() {
        const byScript = !callByNode;
        callByNode = false;
        let startedReading = false;
        if (this._onread !== null && this._onread.paused && !this.connecting)
            startedReading = resumeOnread(this);
        const rs = this._rs;
        if (!rs.flowing) {
            // A 'readable' listener keeps the socket paused (Node).
            rs.flowing = !rs.readableListening;
            if (rs.nativePaused && rs.length < rs.highWaterMark) {
                rs.nativePaused = false;
                if (byScript)
                    nativeOf(this).resume();
                else
                    nativeOf(this).resumeInternally();  // a 'data' listener, pipe()
                startedReading = true;
            }
            if (!rs.resumeScheduled) {
                rs.resumeScheduled = true;
                loop.nextTick(resumeFlow, this);
            }
        }
        if (byScript && !startedReading)
            nativeOf(this).recordResume();  // only the trace hears of a call that changed no reading
        rs.paused = false;
        return this;
    }

    isPaused() {
        return this._rs.paused === true || this._rs.flowing === false;
    }

    // Node's Readable.prototype.read(): read() takes all that is buffered, read(n) n bytes (n
    // characters after setEncoding()) or null if fewer are there and the stream goes on,
    // read(0) only refills; what is returned is also emitted as 'data'.
    read(n) {
        const rs = this._rs;
        if (n === undefined)
            n = NaN;
        else if (!Number.isInteger(n))
            n = parseInt(n, 10);
        const nOrig = n;
        if (n > rs.highWaterMark)
            rs.highWaterMark = computeNewHighWaterMark(n);
        if (n !== 0)
            rs.emittedReadable = false;
        if (n === 0 && rs.needReadable && (rs.length >= rs.highWaterMark || rs.ended)) {
            if (rs.length === 0 && rs.ended)
                endReadable(this);
            else
                emitReadable(this);
            return null;
        }
        n = howMuchToRead(n, rs);
        if (n === 0 && rs.ended) {
            if (rs.length === 0)
                endReadable(this);
            return null;
        }
        let doRead = rs.needReadable;
        if (rs.length === 0 || rs.length - n < rs.highWaterMark)
            doRead = true;
        if (rs.ended || this.destroyed) {
            doRead = false;
        } else if (doRead) {
            if (rs.length === 0)
                rs.needReadable = true;
            this._read();
        }
        let result = n > 0 ? fromList(n, rs) : null;
        if (result === null) {
            rs.needReadable = rs.length <= rs.highWaterMark;
            n = 0;
        } else {
            forgetAwaitedDrains(rs);
        }
        if (rs.length === 0) {
            if (!rs.ended)
                rs.needReadable = true;
            if (nOrig !== n && rs.ended)
                endReadable(this);
        }
        if (result !== null && !this._errorEmitted && !this._closeEmitted)
            emitData(this, result);
        return result;
    }

    setEncoding(encoding) {
        const name = encoding === undefined || encoding === null || encoding === ''
                ? 'utf8' : String(encoding);
        const refused = nativeOf(this).setEncoding(name);
        if (refused !== null)
            throw codes.ERR_UNKNOWN_ENCODING(encoding);
        const rs = this._rs;
        // readableEncoding is the decoder's name, as Node's: 'UCS-2' reads 'utf16le'.
        rs.encoding = normalizeEncoding(name) || name;
        if (rs.buffer.length > 0 && typeof rs.buffer[0] !== 'string') {
            const text = Buffer.concat(rs.buffer).toString(name);
            rs.buffer = text === '' ? [] : [text];
            rs.length = text.length;
        }
        return this;
    }

    // Node's Readable.prototype.pipe(): 'data' is written to the destination; when write()
    // returns false the source pauses until the destination's 'drain'. With end !== false the
    // destination is ended after the source's 'end'. The destination's 'close', 'finish' or
    // 'error' unpipes it.
    pipe(dest, pipeOptions) {
        const src = this;
        const rs = this._rs;
        // From the second destination on, every one that said "wait" must drain before the
        // source resumes.
        if (rs.pipes.length === 1 && !rs.multiAwaitDrain) {
            rs.multiAwaitDrain = true;
            const waiting = rs.awaitDrainWriter;
            rs.awaitDrainWriter = new Set(waiting !== null ? [waiting] : []);
        }
        rs.pipes[rs.pipes.length] = dest;
        const doEnd = !pipeOptions || pipeOptions.end !== false;
        const endFn = doEnd ? onend : unpipe;
        if (rs.endEmitted)
            loop.nextTick(endFn);
        else
            src.once('end', endFn);
        dest.on('unpipe', onunpipe);
        let ondrain = null;
        let cleanedUp = false;

        function onunpipe(readable, unpipeInfo) {
            if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
                unpipeInfo.hasUnpiped = true;
                cleanup();
            }
        }
        function onend() {
            dest.end();
        }
        function cleanup() {
            dest.removeListener('close', onclose);
            dest.removeListener('finish', onfinish);
            if (ondrain !== null)
                dest.removeListener('drain', ondrain);
            dest.removeListener('error', onerror);
            dest.removeListener('unpipe', onunpipe);
            src.removeListener('end', onend);
            src.removeListener('end', unpipe);
            src.removeListener('data', ondata);
            cleanedUp = true;
            const ws = dest._writableState;
            if (ondrain !== null && rs.awaitDrainWriter !== null
                && (!ws || ws.needDrain || dest.writableNeedDrain))
                ondrain();
        }
        function pause() {
            if (!cleanedUp) {
                if (rs.pipes.length === 1 && rs.pipes[0] === dest) {
                    rs.awaitDrainWriter = dest;
                    rs.multiAwaitDrain = false;
                } else if (rs.pipes.length > 1 && rs.pipes.indexOf(dest) !== -1) {
                    rs.awaitDrainWriter.add(dest);
                }
                callAsNode(src, 'pause');
            }
            if (ondrain === null) {
                ondrain = pipeOnDrain(src, dest);
                dest.on('drain', ondrain);
            }
        }
        function ondata(chunk) {
            if (dest.write(chunk) === false)
                pause();
        }
        src.on('data', ondata);
        function onerror(error) {
            unpipe();
            dest.removeListener('error', onerror);
            if (EventEmitter.listenerCount(dest, 'error') === 0)
                dest.emit('error', error);
        }
        if (typeof dest.prependListener === 'function')
            dest.prependListener('error', onerror);
        else
            dest.on('error', onerror);
        function onclose() {
            dest.removeListener('finish', onfinish);
            unpipe();
        }
        dest.once('close', onclose);
        function onfinish() {
            dest.removeListener('close', onclose);
            unpipe();
        }
        dest.once('finish', onfinish);
        function unpipe() {
            src.unpipe(dest);
        }
        dest.emit('pipe', src);
        if (dest.writableNeedDrain === true)
            pause();
        else if (!rs.flowing)
            callAsNode(src, 'resume');
        return dest;
    }

    unpipe(dest) {
        const rs = this._rs;
        if (rs.pipes.length === 0)
            return this;
        if (!dest) {
            const dests = rs.pipes;
            rs.pipes = [];
            callAsNode(this, 'pause');
            for (let i = 0; i < dests.length; i++)
                dests[i].emit('unpipe', this, { hasUnpiped: false });
            return this;
        }
        const index = rs.pipes.indexOf(dest);
        if (index === -1)
            return this;
        rs.pipes.splice(index, 1);
        if (rs.pipes.length === 0)
            callAsNode(this, 'pause');
        dest.emit('unpipe', this, { hasUnpiped: false });
        return this;
    }

    // ---- writing ------------------------------------------------------------------------

    _request(callback) {
        if (typeof callback !== 'function')
            return -1;
        const id = this._nextRequest++;
        this._requests[id] = callback;
        return id;
    }

    _writeDone(id, nativeError) {
        if (nativeError !== null && this._beforeConnect !== null
            && contains(this._beforeConnect.requests, id))
            return;  // answered from 'close' (failBeforeConnect())
        const callback = this._requests[id];
        delete this._requests[id];
        const error = nativeError === null ? null
                    : (this._destroyError || errors.fromNative(nativeError));
        if (callback !== undefined)
            callback(error);
    }

    write(chunk, encoding, callback) {
        if (typeof encoding === 'function') {
            callback = encoding;
            encoding = null;
        }
        return this._writeChunk(chunk, encoding, callback, false) === true;
    }

    // Node's _write(): true or false as write() returns it, or the error a write after end()
    // or destroy() was refused with (end() hands it to its callback). Only write() says EPIPE
    // after the peer's FIN (Node's writeAfterFIN() replaces write(), which end() does not call).
    _writeChunk(chunk, encoding, callback, viaEnd) {
        // A remembered view is known to be one: no type checks for it.
        let bytes = chunk === lastReceived ? lastReceivedBytes
                  : chunk === lastView ? lastViewBytes : null;
        const text = bytes === null && typeof chunk === 'string';
        if (bytes === null && !text) {
            if (chunk === null)
                throw codes.ERR_STREAM_NULL_VALUES();
            if (!ArrayBuffer.isView(chunk)) {
                throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray',
                                                           'DataView'], chunk);
            }
        }
        let name = this._ws.defaultEncoding;
        if (encoding) {
            if (encoding !== 'buffer' && !Buffer.isEncoding(encoding))
                throw codes.ERR_UNKNOWN_ENCODING(encoding);
            if (encoding !== 'buffer')
                name = String(encoding).toLowerCase();
        }
        if (this._ws.ending) {
            let error;
            if (this._rs.endEmitted && !this.allowHalfOpen && !viaEnd) {
                error = errors.systemError('EPIPE',
                                           'This socket has been ended by the other party');
            } else {
                error = codes.ERR_STREAM_WRITE_AFTER_END();
            }
            // Node: the callback from the nextTick queue, then destroy(error); a socket
            // destroyed already emits its 'error' first.
            if (this.destroyed) {
                this._answerLater(callback, error);
            } else {
                if (typeof callback === 'function')
                    loop.nextTick(callback, error);
                this.destroy(error);
            }
            return error;
        }
        if (this._ws.corked > 0 && !this.destroyed)
            return holdCorkedWrite(this, chunk, name, callback);
        if (!this._hadHandle && !this._destroyed)
            return writeWithoutHandle(this, callback);
        const request = typeof callback === 'function' ? this._request(callback) : -1;
        const record = common.nativeRecord(this);  // once: this is the path of every write
        if (record.bridge.connecting) {
            if (this._beforeConnect === null)
                armBeforeConnect(this, request);
            const waiting = this._beforeConnect.requests;
            if (request >= 0)
                waiting[waiting.length] = request;
            // Node's writableLength counts it until 'close' fails it, netcore's queue only
            // until the socket is torn down.
            this._beforeConnect.length += text ? chunk.length
                                        : joinedLength >= 0 ? joinedLength : chunk.byteLength;
        }
        let status;
        if (!text) {
            if (bytes === null)
                bytes = bytesOf(chunk);
            if (joinedLength >= 0) {
                status = nativeWriteJoined(this._id, bytes, joinedLength, request);
            } else if (request >= 0) {
                status = nativeWrite(this._id, bytes, request);
            } else {
                let writeBytes = record.writeBytes;
                if (writeBytes === null)
                    writeBytes = record.writeBytes = record.bridge.writeBytes;
                status = writeBytes(bytes);
            }
        } else {
            // Strings go as text: netcore counts their characters, as Node's writableLength.
            status = nativeWriteText(this._id, chunk, name, request);
        }
        if (status & kAlreadyDestroyed) {
            if (request >= 0)
                delete this._requests[request];
            const error = codes.ERR_STREAM_DESTROYED('write');
            this._answerLater(callback, error);
            return error;
        }
        // Node calls back on the nextTick queue when the kernel took the bytes at once; the
        // native confirmation for this request is then ignored.
        if (request >= 0 && (status & kWrittenAtOnce)) {
            delete this._requests[request];
            loop.nextTick(afterWrittenAtOnce, this, callback);
        }
        return (status & kBelowHighWaterMark) !== 0;
    }

    // Node calls back at once (nextTick), but after an 'error' already on its way.
    _answerLater(callback, error) {
        if (typeof callback !== 'function')
            return;
        if (this._destroyError !== null && !this._errorEmitted)
            this._afterError[this._afterError.length] = function () { callback(error); };
        else
            loop.nextTick(callback, error);
    }

    end(data, encoding, callback) {
        if (typeof data === 'function') {
            callback = data;
            data = null;
            encoding = null;
        } else if (typeof encoding === 'function') {
            callback = encoding;
            encoding = null;
        }
        // Node's end(): data refused by write() fails end() with write()'s error, which leaves
        // the socket as it was (not ended).
        let error = null;
        if (data !== null && data !== undefined) {
            const written = this._writeChunk(data, encoding, undefined, true);
            if (written instanceof Error)
                error = written;
        }
        const ws = this._ws;
        if (ws.corked > 0) {
            ws.corked = 1;
            this.uncork();
        }
        if (error !== null) {
            // answered below
        } else if (!ws.ending && this._errored === null) {
            ws.ending = true;
            if (!this.destroyed)
                this._startEnding();
        } else if (ws.finished) {
            error = codes.ERR_STREAM_ALREADY_FINISHED('end');
        } else if (this.destroyed) {
            error = codes.ERR_STREAM_DESTROYED('end');
        }
        if (typeof callback === 'function') {
            if (error !== null)
                this._answerLater(callback, error);
            else if (this._errored !== null)
                this._answerLater(callback, this._errored);
            else if (ws.finished)
                this._answerLater(callback, null);
            else if (!this.destroyed)
                ws.onFinish[ws.onFinish.length] = callback;
            // else Node keeps it for a 'finish' that a destroyed socket never emits
        }
        return this;
    }

    _startEnding() {
        const ws = this._ws;
        const socket = this;
        ws.endRequest = this._request(function (finishError) {
            socket._finished(finishError);
        });
        nativeOf(this).end(ws.endRequest);
    }

    _finished(error) {
        const ws = this._ws;
        if (ws.aborted)
            return;  // destroyed first: the callbacks had their error
        if (error && this._beforeConnect !== null) {
            // Node answers end() after the writes made while connecting, from 'close'
            // (failBeforeConnect()).
            ws.aborted = true;
            ws.abortReason = error;
            return;
        }
        const callbacks = ws.onFinish;
        ws.onFinish = [];
        if (error) {
            for (const callback of callbacks)
                callback(error);
            return;
        }
        ws.finished = true;
        for (const callback of callbacks)
            callback(null);
        this.emit('finish');
        if (this._rs.endEmitted)
            autoDestroy(this);
    }

    destroySoon() {
        if (this.writable)
            this.end();
        if (this._ws.finished)
            this.destroy();
        else
            this.once('finish', this.destroy);
    }

    destroy(error, callback) {
        if (typeof error === 'function') {
            callback = error;
            error = undefined;
        }
        if (this.destroyed) {
            if (typeof callback === 'function')
                loop.nextTick(callback, error === undefined ? null : error);
            return this;
        }
        const withError = error !== undefined && error !== null;
        if (withError)
            this._destroyError = this._errored = error;
        this._destroyed = true;
        const ws = this._ws;
        if (ws.corkedWrites.length > 0)
            loop.nextTick(failCorkedWrites, this);
        if (ws.ending && !ws.finished && !ws.aborted) {
            // Node's errorBuffer(), queued by destroy(): what waited for 'finish' learns of
            // the destroy instead; no 'finish' follows. Writes made while connecting answer
            // them from 'close' instead (failBeforeConnect()).
            ws.aborted = true;
            ws.abortReason = error || codes.ERR_STREAM_DESTROYED('end');
            if (this._beforeConnect === null)
                loop.nextTick(failFinish, this);
        }
        if (typeof callback === 'function') {
            this.once('close', function () {
                callback(error === undefined ? null : error);
            });
        }
        if (this._closeDeferred) {
            // netcore has closed already (see _onClose()): the events are ours to emit.
            this._closeDeferred = false;
            // 'error' from the nextTick queue, 'close' once the handle has closed, as Node's.
            const socket = this;
            if (withError) {
                loop.nextTick(function () {
                    socket._hadError = socket._errorEmitted = true;
                    socket.emit('error', error);
                });
            }
            loop.setImmediate(function () { socket._onClose(withError); });
            return this;
        }
        this._track();
        nativeOf(this).destroySocket(withError ? error : undefined);
        return this;
    }

    resetAndDestroy() {
        if (this.destroyed || (!this.connecting && this._remote === null)) {
            this.destroy(codes.ERR_SOCKET_CLOSED());
        } else if (nativeOf(this).unixSocket) {
            throw codes.ERR_INVALID_HANDLE_TYPE();
        } else if (this.connecting) {
            this.once('connect', function () { nativeOf(this).resetAndDestroy(); });
        } else {
            nativeOf(this).resetAndDestroy();
        }
        return this;
    }

    // ---- connecting ---------------------------------------------------------------------

    connect() {
        const args = Array.prototype.slice.call(arguments);
        const normalized = Array.isArray(args[0]) && args[0][common.kNormalized]
                ? args[0] : common.normalizeArgs(args);
        const options = normalized[0];
        const callback = normalized[1];
        if (options.port === undefined && (options.path === undefined || options.path === null))
            throw codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
        if (this.connecting)
            return this;
        const pipe = !!options.path;
        if (pipe)
            validators.validateString(options.path, 'options.path');
        else
            validateConnectOptions(options);
        const open = !this._destroyed && !this._closeDeferred && this._hasHandle()
                     && !nativeOf(this).socketDestroyed;
        if (open && nativeOf(this).unixSocket !== pipe) {
            // Node passes the options to the handle it has: a path to a TCP handle aborts the
            // process, a port to a Unix one fails with a meaningless error.
            throw codes.ERR_INVALID_STATE(
                    'connect() of a connected ' + (pipe ? 'TCP' : 'Unix domain')
                    + ' socket to ' + (pipe ? 'a path' : 'a port') + ' is not supported');
        }
        if (callback !== null)
            this.once('connect', callback);
        if (this._closeDeferred) {
            connectOpenHandle(this, options, pipe);
            return this;
        }
        if (open) {
            connectOpenConnection(this, options, pipe);
            return this;
        }
        if (this._destroyed && !this._closeEmitted)
            this._staleLives.push(this._destroyError);
        this._rs.ended = this._rs.endEmitted = false;
        this._ws.ending = this._ws.finished = this._ws.aborted = false;
        this._destroyed = false;
        this._closeDeferred = false;
        this._destroyError = null;
        this._errored = null;
        this._lookupError = null;
        this._closeEmitted = false;
        this._errorEmitted = false;
        this._peername = null;
        this._reconnecting = false;  // a lookup of an earlier connect() answers nothing now
        this._lookupFunction = typeof options.lookup === 'function' ? options.lookup : null;
        const host = options.host || 'localhost';
        const family = socketToDnsFamily(options.family);
        const nativeOptions = pipe ? { path: options.path } : {
            port: Number(options.port) | 0,
            host: host,
            localAddress: options.localAddress || undefined,
            localPort: options.localPort ? options.localPort : undefined,
            family: family === 4 || family === 6 ? family : 0,
            hints: options.hints || 0,
            noDelay: !!options.noDelay,
            keepAlive: !!options.keepAlive,
            keepAliveInitialDelay: options.keepAliveInitialDelay || 0,
            customLookup: this._lookupFunction !== null && !netBinding.isIP(host),
        };
        this._connectLocal = pipe ? null : { address: nativeOptions.localAddress,
                                             port: nativeOptions.localPort };
        const refused = nativeOf(this).connectTo(nativeOptions);
        if (refused !== null)
            throw errors.fromNative(refused);
        this._track();
        this._hadHandle = true;
        startOnread(this);
        if (nativeOptions.customLookup) {
            lookup.start(this, host, options.family === undefined ? undefined : family,
                         options.hints || 0, racesFamilies(options, family), options);
        }
        return this;
    }

    // ---- options and state --------------------------------------------------------------

    setTimeout(msecs, callback) {
        if (this.destroyed)
            return this;
        this.timeout = msecs;
        validators.validateNumber(msecs, 'msecs');
        if (msecs < 0 || !Number.isFinite(msecs))
            throw codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
        if (msecs > loop.TIMEOUT_MAX) {
            // Node's getTimerDuration()
            require('internal/process').emitWarning(
                    msecs + ' does not fit into a 32-bit signed integer.'
                    + '\nTimer duration was truncated to ' + loop.TIMEOUT_MAX + '.',
                    'TimeoutOverflowWarning');
            msecs = loop.TIMEOUT_MAX;
        }
        nativeOf(this).setTimeout(msecs);
        if (msecs > 0)
            this._track();  // a socket that never connects still gets its 'timeout'
        if (callback !== undefined) {
            validators.validateFunction(callback, 'callback');
            if (msecs === 0)
                this.removeListener('timeout', callback);
            else
                this.once('timeout', callback);
        }
        return this;
    }

    setNoDelay(noDelay) {
        nativeOf(this).setNoDelay(noDelay === undefined ? true : !!noDelay);
        return this;
    }

    setKeepAlive(enable, initialDelay) {
        nativeOf(this).setKeepAlive(!!enable, ~~(initialDelay / 1000) * 1000);
        return this;
    }

    ref() {
        nativeOf(this).ref();
        return this;
    }

    unref() {
        nativeOf(this).unref();
        return this;
    }

    address() {
        if (!this._hasHandle())
            return {};
        const address = nativeOf(this).address();
        return address.path !== undefined ? {} : address;
    }

    // Node's cork(): writes wait in the socket until as many uncork() calls, then go out as one
    // batch (Node's writev).
    cork() {
        this._ws.corked++;
    }

    uncork() {
        const ws = this._ws;
        if (ws.corked > 0 && --ws.corked === 0 && ws.corkedWrites.length > 0 && !this.destroyed)
            flushCorkedWrites(this);
    }
    // The encoding of strings written without one.
    setDefaultEncoding(encoding) {
        if (typeof encoding === 'string')
            encoding = encoding.toLowerCase();
        if (!Buffer.isEncoding(encoding))
            throw codes.ERR_UNKNOWN_ENCODING(encoding);
        this._ws.defaultEncoding = encoding;
        return this;
    }

    // process.getActiveResourcesInfo()'s entries for this socket.
    _activeResources(requests, handles) {
        if (this.destroyed || (!this.connecting && this._remote === null))
            return;
        const bridge = nativeOf(this);
        if (bridge.hasRef())
            handles[handles.length] = bridge.unixSocket ? 'PipeWrap' : 'TCPSocketWrap';
    }

    // netbench: what the kernel holds for this socket (send/receive queues, TCP_INFO).
    kernelInfo() {
        return nativeOf(this).kernelInfo();
    }
}

// Node asks the resolver for every address (and races them) unless a family or a local
// address was given or autoSelectFamily is off.
function racesFamilies(options, family) {
    const autoSelect = options.autoSelectFamily !== undefined && options.autoSelectFamily !== null
            ? options.autoSelectFamily : require('net').getDefaultAutoSelectFamily();
    return family !== 4 && family !== 6 && !options.localAddress && autoSelect;
}

// connect() on a socket whose 'close' waits for unread data (see _onClose()): netcore has
// closed, but Node's handle is still open, so Node's connect() of that handle fails with
// EISCONN, destroying the socket. The socket is connecting until then, as Node's.
function connectOpenHandle(socket, options, pipe) {
    const port = Number(options.port) | 0;
    socket._reconnecting = true;
    resolveConnectAgain(socket, options, pipe,
                        function () { return socket._closeDeferred && socket._reconnecting; },
                        function (address) {
                            socket._reconnecting = false;
                            socket.destroy(eisconnError(socket, pipe, address, port));
                        },
                        function (error) {
                            socket._reconnecting = false;
                            socket.destroy(error);
                        });
}

// Where connect() of an open handle goes, as Node's lookupAndConnect() finds it: a path or an
// IP address from the nextTick queue, a host name through the `lookup` option or dns.lookup()
// and 'lookup' events (EISCONN then names the address, not the host). proceed(address) or
// fail(error) run only while stillWanted() holds.
function resolveConnectAgain(socket, options, pipe, stillWanted, proceed, fail) {
    const host = pipe ? options.path : options.host || 'localhost';
    if (pipe || netBinding.isIP(host)) {
        loop.nextTick(function () {
            if (stillWanted())
                proceed(host);
        });
        return;
    }
    const family = socketToDnsFamily(options.family);
    const resolver = typeof options.lookup === 'function' ? options.lookup
                                                          : require('dns').lookup;
    const lookupOptions = lookup.resolverOptions(options.family === undefined ? undefined : family,
                                                 options.hints || 0,
                                                 racesFamilies(options, family));
    lookup.resolveAgain(socket, host, resolver, lookupOptions, options, stillWanted, proceed,
                        fail);
}

// The error of connect() on a handle that is connected already: Node's ExceptionWithHostPort
// for EISCONN, its properties in Node's order (a path for a Unix socket, no port).
function eisconnError(socket, pipe, address, port) {
    const kEISCONN = -106;  // Linux's errno, as libuv reports it
    const error = new Error(pipe ? 'connect EISCONN ' + address
            : 'connect EISCONN ' + address + ':' + port
              + ' - Local (' + socket.localAddress + ':' + socket.localPort + ')');
    error.errno = kEISCONN;
    error.code = 'EISCONN';
    error.syscall = 'connect';
    error.address = address;
    if (!pipe)
        error.port = port;
    return error;
}

// connect() on a connected socket: Node connects the handle it has again, and the kernel
// answers. A TCP socket that connected without blocking is still "connecting" for the kernel
// until connect() is called again: that first call succeeds without a new connection (after
// a 'lookup' for a host name, 'connect' with the callback and 'ready' again on a later turn,
// on the old connection, its byte counters going on; the new address goes nowhere). Any
// later call, an accepted socket and a Unix socket fail with EISCONN, which destroys the
// socket and the old connection with it.
function connectOpenConnection(socket, options, pipe) {
    socket._reconnecting = true;
    const succeeds = !pipe && socket._connectAgainSucceeds;
    socket._connectAgainSucceeds = false;
    const port = Number(options.port) | 0;
    function connected() {
        if (!socket._reconnecting || socket._destroyed)
            return;
        socket._reconnecting = false;
        socket.emit('connect');
        socket.emit('ready');
    }
    function proceed(address) {
        if (succeeds) {
            loop.setImmediate(connected);
            return;
        }
        socket._reconnecting = false;
        socket.destroy(eisconnError(socket, pipe, address, port));
    }
    resolveConnectAgain(socket, options, pipe,
                        function () { return socket._reconnecting && !socket._destroyed; },
                        proceed, function (error) {
                            socket._reconnecting = false;
                            socket.destroy(error);
                        });
}

// Node's _writeGeneric() on a socket with no handle that is not connecting (connect() never
// called): the callback gets ERR_SOCKET_CLOSED, then the socket is destroyed with it.
function writeWithoutHandle(socket, callback) {
    const error = codes.ERR_SOCKET_CLOSED();
    loop.nextTick(function () {
        if (typeof callback === 'function')
            callback(error);
        socket.destroy(error);
    });
    return false;
}

// ---- cork(): writes held until uncork() ---------------------------------------------------

function holdCorkedWrite(socket, chunk, encoding, callback) {
    const ws = socket._ws;
    ws.corkedWrites.push({ chunk: chunk, encoding: encoding,
                           callback: typeof callback === 'function' ? callback : null });
    ws.corkedLength += chunk.length;  // strings by their length, as Node's writableLength
    ws.corkedBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding)
                                                : chunk.byteLength;
    const below = socket.writableLength < socket.writableHighWaterMark;
    if (!below)
        ws.corkedNeedDrain = true;
    return below;
}

// The held writes as one write of their bytes; its completion answers each of them, after the
// 'drain' Node emits when a held write had said false and everything is written.
function flushCorkedWrites(socket) {
    const ws = socket._ws;
    const batch = ws.corkedWrites;
    const needDrain = ws.corkedNeedDrain;
    const length = ws.corkedLength;
    ws.corkedWrites = [];
    ws.corkedLength = ws.corkedBytes = 0;
    ws.corkedNeedDrain = false;
    const bytes = Buffer.concat(batch.map(function (held) {
        return typeof held.chunk === 'string' ? Buffer.from(held.chunk, held.encoding)
                                              : Buffer.from(held.chunk.buffer, held.chunk.byteOffset,
                                                            held.chunk.byteLength);
    }));
    let drainFromNative = false;
    joinedLength = length;
    let written;
    try {
        written = SocketMethods.prototype.write.call(socket, bytes, function (error) {
            if (!error && needDrain && !drainFromNative)
                socket.emit('drain');
            for (const held of batch) {
                if (held.callback !== null)
                    held.callback(error);
            }
        });
    } finally {
        joinedLength = -1;
    }
    drainFromNative = !written;  // netcore emits 'drain' itself once its queue empties
}

function failCorkedWrites(socket, failure) {
    const ws = socket._ws;
    const batch = ws.corkedWrites;
    ws.corkedWrites = [];
    ws.corkedLength = ws.corkedBytes = 0;
    const error = failure || socket._destroyError || codes.ERR_STREAM_DESTROYED('write');
    for (const held of batch) {
        if (held.callback !== null)
            held.callback(error);
    }
}

// ---- the onread option: chunks go to the script's buffer, not to 'data' ---------------------

// Node takes the first buffer when the socket gets its handle.
function startOnread(socket) {
    const onread = socket._onread;
    if (onread === null)
        return;
    onread.paused = false;
    onread.rest = null;
    if (onread.generate !== null) {
        const buffer = onread.generate();
        onread.buffer = buffer instanceof Uint8Array ? buffer : null;
    }
}

// Node reads at most the buffer's length at a time: a larger chunk is handed on in pieces.
// A callback returning false pauses reading; the rest of the chunk waits for resume().
function deliverToOnread(socket, chunk) {
    const onread = socket._onread;
    let offset = 0;
    while (offset < chunk.length && onread.buffer !== null && !socket.destroyed) {
        const buffer = onread.buffer;
        const count = Math.min(buffer.length, chunk.length - offset);
        buffer.set(chunk.subarray(offset, offset + count));
        offset += count;
        const more = onread.callback.call(socket, count, buffer);
        if (onread.generate !== null) {
            const next = onread.generate();
            if (next instanceof Uint8Array)
                onread.buffer = next;
        }
        if (more === false || onread.paused) {
            if (!onread.paused) {
                onread.paused = true;
                nativeOf(socket).pause();
            }
            break;
        }
    }
    onread.rest = offset < chunk.length ? chunk.subarray(offset) : null;
}

// Returns whether reading started again (the callback may have paused it at once).
function resumeOnread(socket) {
    const onread = socket._onread;
    onread.paused = false;
    const rest = onread.rest;
    onread.rest = null;
    if (rest !== null)
        deliverToOnread(socket, rest);
    if (onread.paused)
        return false;
    nativeOf(socket).resume();
    socket._maybeEmitEnd();
    return true;
}

// ---- the signal option --------------------------------------------------------------------

function watchAbortSignal(socket, signal) {
    validators.validateAbortSignal(signal, 'signal');
    common.onSignalAbort(socket, signal, function () {
        socket.destroy(require('internal/abort_controller').abortError(signal.reason));
    });
}

// Node's afterWrite() tick of a write the kernel took at once: its callback, then, on a
// socket destroyed since, the end() callbacks (errorBuffer()), before later ticks' callbacks.
function afterWrittenAtOnce(socket, callback) {
    callback(null);
    if (socket._ws.aborted && socket._beforeConnect === null)
        failFinish(socket);
}

function failFinish(socket) {
    const ws = socket._ws;
    const waiting = ws.onFinish;
    ws.onFinish = [];
    for (const waiter of waiting)
        waiter(ws.abortReason);
}

// Node's _writeGeneric() while connecting: the first write waits for 'connect' with a 'close'
// listener that fails it with ERR_SOCKET_CLOSED_BEFORE_CONNECTION; the writes and end()
// queued behind it then get the stream's error.
// On 'connect' that listener sends them (Node's pending write): a 'connect' listener added
// after the writes finds them gone from writableLength.
function armBeforeConnect(socket, request) {
    const hook = { first: request, requests: [], length: 0, listener: null, onConnect: null };
    hook.listener = function () {
        failBeforeConnect(socket, hook);
    };
    hook.onConnect = function () {
        if (!socket.destroyed)
            nativeOf(socket).flushQueued();
    };
    socket._beforeConnect = hook;
    socket.once('close', hook.listener);
    socket.once('connect', hook.onConnect);
}

function disarmBeforeConnect(socket) {
    const hook = socket._beforeConnect;
    if (hook !== null) {
        socket._beforeConnect = null;
        socket.removeListener('close', hook.listener);
    }
}

function failBeforeConnect(socket, hook) {
    socket._beforeConnect = null;
    socket.removeListener('connect', hook.onConnect);
    const error = codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION();
    // The writes behind the first one get the stream's error (a refused connect's, destroy()'s).
    const errored = socket._errored || error;
    for (const id of hook.requests) {
        const callback = socket._requests[id];
        if (callback !== undefined) {
            delete socket._requests[id];
            callback(id === hook.first ? error : errored);
        }
    }
    const ws = socket._ws;
    if (ws.corkedWrites.length > 0)
        failCorkedWrites(socket, errored);
    if (ws.aborted) {
        ws.abortReason = errored;
        failFinish(socket);
    }
}

// Node's connect error for a socket bound to a local port: ' - Local (address:port)' and the
// two fields (the address defaults to the family's any-address, as Node binds it).
function addLocalDetails(error, local) {
    if (local === null || !local.port)
        return;
    const address = local.address || (netBinding.isIP(String(error.address)) === 6 ? '::'
                                                                                 : '0.0.0.0');
    error.message += ' - Local (' + address + ':' + local.port + ')';
    error.localAddress = address;
    error.localPort = local.port;
}

function resumeFlow(socket) {
    const rs = socket._rs;
    rs.resumeScheduled = false;
    rs.readRequested = true;  // Node's resume_() reads, paused again by now or not
    if (rs.flowing === true) {
        socket.emit('resume');
        socket._flow();
    } else if (rs.readableListening && !rs.paused) {
        socket.emit('resume');
    }
}

// ---- Node's Readable helpers ('readable' mode, read(n), pipe()) ----------------------------

function computeNewHighWaterMark(n) {
    if (n >= 0x40000000)
        return 0x40000000;
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    return n + 1;
}

function howMuchToRead(n, rs) {
    if (n <= 0 || (rs.length === 0 && rs.ended))
        return 0;
    if (Number.isNaN(n))
        return rs.flowing && rs.length ? rs.buffer[0].length : rs.length;
    if (n <= rs.length)
        return n;
    return rs.ended ? rs.length : 0;
}

// n units (bytes, or characters after setEncoding()) off the front of the buffer; n <= length.
function fromList(n, rs) {
    const buffer = rs.buffer;
    if (buffer.length === 0)
        return null;
    const text = typeof buffer[0] === 'string';
    let result;
    if (n >= rs.length) {
        result = buffer.length === 1 ? buffer[0] : text ? buffer.join('') : Buffer.concat(buffer);
        rs.buffer = [];
    } else if (n < buffer[0].length) {
        const first = buffer[0];
        result = first.slice(0, n);
        buffer[0] = first.slice(n);
    } else if (n === buffer[0].length) {
        result = buffer.shift();
    } else {
        const parts = [];
        let left = n;
        while (left > 0) {
            const first = buffer[0];
            if (first.length <= left) {
                parts[parts.length] = buffer.shift();
                left -= first.length;
            } else {
                parts[parts.length] = first.slice(0, left);
                buffer[0] = first.slice(left);
                left = 0;
            }
        }
        result = text ? parts.join('') : Buffer.concat(parts, n);
    }
    rs.length -= n;
    return result;
}

function emitReadable(socket) {
    const rs = socket._rs;
    rs.needReadable = false;
    if (!rs.emittedReadable) {
        rs.emittedReadable = true;
        loop.nextTick(emitReadableNT, socket);
    }
}

function emitReadableNT(socket) {
    const rs = socket._rs;
    if (!socket.destroyed && (rs.length > 0 || rs.ended)) {
        socket.emit('readable');
        rs.emittedReadable = false;
    }
    rs.needReadable = !rs.flowing && !rs.ended && rs.length <= rs.highWaterMark;
    if (rs.flowing === true)
        socket._flow();
}

function endReadable(socket) {
    const rs = socket._rs;
    if (!rs.endEmitted) {
        rs.ended = true;
        loop.nextTick(endReadableNT, socket);
    }
}

function endReadableNT(socket) {
    const rs = socket._rs;
    if (!rs.endEmitted && !socket._errorEmitted && !socket._closeEmitted && rs.length === 0) {
        rs.endEmitted = true;
        socket.emit('end');
        if (socket._ws.finished)
            autoDestroy(socket);
        if (socket._closeDeferred) {
            socket._closeDeferred = false;
            socket._destroyed = true;
            // Node emits it when the handle has closed, on a later turn of the loop.
            loop.setImmediate(function () { socket._onClose(false); });
        }
    }
}

// Node's autoDestroy: once 'end' and 'finish' were both emitted, the socket is destroyed.
function autoDestroy(socket) {
    if (socket._destroyed)
        return;
    socket._destroyed = true;
    if (!nativeOf(socket).socketDestroyed)
        nativeOf(socket).destroySocket(undefined);
}

function readZero(socket) {
    socket.read(0);
}

function updateReadableListening(socket) {
    const rs = socket._rs;
    rs.readableListening = socket.listenerCount('readable') > 0;
    if (rs.resumeScheduled && rs.paused === false)
        rs.flowing = true;
    else if (socket.listenerCount('data') > 0)
        callAsNode(socket, 'resume');
    else if (!rs.readableListening)
        rs.flowing = null;
}

function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
        const rs = src._rs;
        if (rs.awaitDrainWriter === dest)
            rs.awaitDrainWriter = null;
        else if (rs.multiAwaitDrain)
            rs.awaitDrainWriter.delete(dest);
        const waiting = rs.awaitDrainWriter !== null
                     && (!rs.multiAwaitDrain || rs.awaitDrainWriter.size > 0);
        if (!waiting && src.listenerCount('data') > 0)
            callAsNode(src, 'resume');
    };
}

Socket.prototype = SocketMethods.prototype;
common.defineProperty(Socket.prototype, 'constructor', {
    value: Socket, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(Socket, EventEmitter);
require('internal/net_socket_state').install(Socket.prototype);

const proto = Socket.prototype;
proto.prependListener = function prependListener(event, listener) {
    EventEmitter.prototype.prependListener.call(this, event, listener);
    return this;
};

module.exports = {
    Socket: Socket,
    socketForAccepted: socketForAccepted,
    validateConnectOptions: validateConnectOptions,
};
