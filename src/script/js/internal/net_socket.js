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
const validateConnectOptions = common.validateConnectOptions;
const buffer = require('buffer');
const kSharedId = require('internal/encoding').kSharedId;
const netBinding = internalBinding('net');
const codes = errors.codes;
const Buffer = buffer.Buffer;
const FastBuffer = buffer.FastBuffer;

const kReadableHighWaterMark = 16384;
// The write path's native calls, looked up once (a method read on a QObject costs an object).
const nativeWrite = netBinding.write;
const nativeWriteText = netBinding.writeText;
const kBelowHighWaterMark = 1;
const kWrittenAtOnce = 2;
const kAlreadyDestroyed = 4;
const ev = common.events;
const kLookup = ev.kLookup;
const kLookupRequest = ev.kLookupRequest;
const kConnect = ev.kConnect;
const kReady = ev.kReady;
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

class Socket extends EventEmitter {
    constructor(options) {
        super();
        if (typeof options === 'number')
            options = { fd: options };
        else if (options === undefined || options === null)
            options = {};
        else
            options = Object.assign({}, options);
        this.allowHalfOpen = !!options.allowHalfOpen;
        this.timeout = undefined;
        this.server = null;
        this._server = null;
        // Node's ReadableState, the parts a socket needs ('readable' mode and pipe() too).
        this._rs = { flowing: null, paused: false, buffer: [], length: 0, ended: false,
                     endEmitted: false, nativePaused: false, encoding: null,
                     highWaterMark: kReadableHighWaterMark, readableListening: false,
                     needReadable: false, emittedReadable: false, resumeScheduled: false,
                     pipes: [], awaitDrainWriter: null, multiAwaitDrain: false };
        this._ws = { ending: false, finished: false, aborted: false, abortReason: null,
                     finalChecked: false, onFinish: [], endRequest: 0 };
        this._requests = new Map();
        this._nextRequest = 1;
        this._destroyError = null;
        this._lookupError = null;
        this._lookupFunction = null;
        this._pendingLookup = null;
        this._local = null;
        this._remote = null;
        this._hadError = false;
        this._errorEmitted = false;
        this._afterError = [];
        this._closeEmitted = false;
        this._tracked = false;
        this._dataListener = kNoListener;
        this._writeBytes = null;
        if (options.handle) {
            this._native = options.handle;
            this._id = this._native.id;
            this._track();
            this._rememberAddresses();
            if (options.pauseOnCreate) {
                this._rs.flowing = false;
                this._rs.nativePaused = true;  // the server accepted it with reading off
            }
        } else {
            const nativeOptions = {};
            if (options.fd !== undefined) {
                validators.validateInt32(options.fd, 'fd', 0);
                nativeOptions.fd = options.fd;
                nativeOptions.readable = options.readable !== false;
                nativeOptions.writable = options.writable !== false;
            }
            this._native = netBinding.createSocket(nativeOptions);
            this._id = this._native.id;
            if (options.fd !== undefined) {
                this._track();
                this._rememberAddresses();
            }
        }
        if (options.noDelay)
            this.setNoDelay(true);
        if (options.keepAlive)
            this.setKeepAlive(true, options.keepAliveInitialDelay);
        this.on('end', onReadableStreamEnd);
    }

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

    _rememberAddresses() {
        this._local = this._native.address();
        this._remote = this._native.remote();
    }

    // Events of the native socket, under Node's names.
    _onNative(event, a, b, c, d) {
        switch (event) {
        case kData: {
            const chunk = new FastBuffer(a);
            lastReceived = chunk;
            lastReceivedBytes = a;
            // _push() and emitData() inline: this is the path of every chunk.
            const rs = this._rs;
            if (rs.flowing === true && rs.buffer.length === 0) {
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
        case kConnect:
            this._rememberAddresses();
            this.emit('connect');
            break;
        case kReady: {
            this.emit('ready');
            // Node's afterConnect(): reading starts only if the socket was not paused by now;
            // a paused socket leaves the data in the kernel until resume().
            const rs = this._rs;
            if (rs.paused === true && !rs.readableListening && !rs.nativePaused
                && !this.destroyed) {
                rs.nativePaused = true;
                this._native.pause();
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
            const error = this._destroyError || this._lookupError || errors.fromNative(a);
            this._hadError = true;
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
        this._untrack();
        this._rs.buffer = [];
        this._rs.length = 0;
        this._closeEmitted = true;
        this.emit('close', hadError);
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
        rs.buffer.push(chunk);
        rs.length += chunk.length;
        if (rs.needReadable)
            emitReadable(this);
        if (rs.length >= rs.highWaterMark && !rs.nativePaused) {
            rs.nativePaused = true;
            this._native.pause();
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
            this._native.resume();
        }
        this._maybeEmitEnd();
    }

    // Node's _read(): reading goes on (it stops at the high-water mark, see _push()).
    _read() {
        const rs = this._rs;
        if (rs.nativePaused && rs.length < rs.highWaterMark && !this.destroyed) {
            rs.nativePaused = false;
            this._native.resume();
        }
    }

    _maybeEmitEnd() {
        const rs = this._rs;
        if (rs.readableListening)
            return;  // 'readable' mode: read() ends the stream (endReadable())
        // Node's endReadable(): 'end' comes from the nextTick queue, after the ticks queued
        // before it (by a 'data' listener, or by the code that called resume()).
        if (rs.ended && !rs.endEmitted && rs.buffer.length === 0 && !this._closeEmitted)
            endReadable(this);
    }

    on(event, listener) {
        super.on(event, listener);
        if (event === 'data') {
            const rs = this._rs;
            if (rs.readableListening)
                rs.readableListening = this.listenerCount('readable') > 0;
            if (rs.flowing !== false)
                this.resume();
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
        const rs = this._rs;
        if (!rs.flowing) {
            // A 'readable' listener keeps the socket paused (Node).
            rs.flowing = !rs.readableListening;
            if (rs.nativePaused && rs.length < rs.highWaterMark) {
                rs.nativePaused = false;
                this._native.resume();
            }
            if (!rs.resumeScheduled) {
                rs.resumeScheduled = true;
                loop.nextTick(resumeFlow, this);
            }
        }
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
        const name = encoding === undefined || encoding === null ? 'utf8' : String(encoding);
        const refused = this._native.setEncoding(name);
        if (refused !== null)
            throw codes.ERR_UNKNOWN_ENCODING(encoding);
        const rs = this._rs;
        rs.encoding = name;
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
        rs.pipes.push(dest);
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
                src.pause();
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
            src.resume();
        return dest;
    }

    unpipe(dest) {
        const rs = this._rs;
        if (rs.pipes.length === 0)
            return this;
        if (!dest) {
            const dests = rs.pipes;
            rs.pipes = [];
            this.pause();
            for (let i = 0; i < dests.length; i++)
                dests[i].emit('unpipe', this, { hasUnpiped: false });
            return this;
        }
        const index = rs.pipes.indexOf(dest);
        if (index === -1)
            return this;
        rs.pipes.splice(index, 1);
        if (rs.pipes.length === 0)
            this.pause();
        dest.emit('unpipe', this, { hasUnpiped: false });
        return this;
    }

    // ---- writing ------------------------------------------------------------------------

    _request(callback) {
        if (typeof callback !== 'function')
            return -1;
        const id = this._nextRequest++;
        this._requests.set(id, callback);
        return id;
    }

    _writeDone(id, nativeError) {
        const callback = this._requests.get(id);
        this._requests.delete(id);
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
        let name = 'utf8';
        if (encoding) {
            if (encoding !== 'buffer' && !Buffer.isEncoding(encoding))
                throw codes.ERR_UNKNOWN_ENCODING(encoding);
            if (encoding !== 'buffer')
                name = String(encoding).toLowerCase();
        }
        if (this._ws.ending) {
            let error;
            if (this._rs.endEmitted && !this.allowHalfOpen) {
                error = errors.systemError('EPIPE',
                                           'This socket has been ended by the other party');
            } else {
                // Node's writeAfterEnd(): the callback gets the error, the socket is destroyed.
                error = codes.ERR_STREAM_WRITE_AFTER_END();
            }
            if (typeof callback === 'function')
                loop.nextTick(callback, error);
            this.destroy(error);
            return false;
        }
        const request = typeof callback === 'function' ? this._request(callback) : -1;
        let status;
        if (!text) {
            if (bytes === null)
                bytes = bytesOf(chunk);
            if (request >= 0) {
                status = nativeWrite(this._id, bytes, request);
            } else {
                // The bridge's own method, bound to it, read once (each read makes a function).
                let writeBytes = this._writeBytes;
                if (writeBytes === null)
                    writeBytes = this._writeBytes = this._native.writeBytes;
                status = writeBytes(bytes);
            }
        } else if (name === 'base64url') {
            status = nativeWrite(this._id, bytesOf(Buffer.from(chunk, name)), request);
        } else {
            status = nativeWriteText(this._id, chunk, name, request);
        }
        if (status & kAlreadyDestroyed) {
            if (request >= 0)
                this._requests.delete(request);
            this._answerLater(callback, codes.ERR_STREAM_DESTROYED('write'));
            return false;
        }
        // Node calls back on the nextTick queue when the kernel took the bytes at once; the
        // native confirmation for this request is then ignored.
        if (request >= 0 && (status & kWrittenAtOnce)) {
            this._requests.delete(request);
            loop.nextTick(callback, null);
        }
        return (status & kBelowHighWaterMark) !== 0;
    }

    // Node calls back at once (nextTick), but after an 'error' already on its way.
    _answerLater(callback, error) {
        if (typeof callback !== 'function')
            return;
        if (this._destroyError !== null && !this._errorEmitted)
            this._afterError.push(function () { callback(error); });
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
        if (data !== null && data !== undefined)
            this.write(data, encoding);
        const ws = this._ws;
        let error = null;
        if (ws.finished)
            error = codes.ERR_STREAM_ALREADY_FINISHED('end');
        else if (this.destroyed)
            error = codes.ERR_STREAM_DESTROYED('end');
        if (typeof callback === 'function') {
            if (error !== null || ws.finished)
                this._answerLater(callback, error);
            else
                ws.onFinish.push(callback);
        }
        if (!ws.ending && !this.destroyed) {
            ws.ending = true;
            ws.finalChecked = false;
            loop.nextTick(finalCheck, this);
            const socket = this;
            ws.endRequest = this._request(function (finishError) {
                socket._finished(finishError);
            });
            this._native.end(ws.endRequest);
        }
        return this;
    }

    _finished(error) {
        const ws = this._ws;
        if (ws.aborted)
            return;  // destroyed first: the callbacks had their error
        const callbacks = ws.onFinish;
        ws.onFinish = [];
        if (error) {
            for (const callback of callbacks)
                callback(error);
            return;
        }
        ws.finished = true;
        for (const callback of callbacks)
            callback();
        this.emit('finish');
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
        if (error !== undefined && error !== null)
            this._destroyError = error;
        const ws = this._ws;
        if (ws.ending && !ws.finished && !ws.aborted) {
            // Node: what waited for 'finish' learns of the destroy instead (from the tick
            // end() queued, if it has not run yet); no 'finish' follows.
            ws.aborted = true;
            ws.abortReason = error || codes.ERR_STREAM_DESTROYED('end');
            if (ws.finalChecked)
                loop.nextTick(failFinish, this);
        }
        if (typeof callback === 'function') {
            this.once('close', function () {
                callback(error === undefined ? null : error);
            });
        }
        this._track();
        this._native.destroySocket(error !== undefined && error !== null);
        return this;
    }

    resetAndDestroy() {
        if (this.destroyed || (!this.connecting && this._remote === null)) {
            this.destroy(codes.ERR_SOCKET_CLOSED());
        } else if (this._native.unixSocket) {
            throw errors.makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE',
                                       'This handle type cannot be sent');
        } else if (this.connecting) {
            this.once('connect', function () { this._native.resetAndDestroy(); });
        } else {
            this._native.resetAndDestroy();
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
        if (this.connecting)
            return this;
        if (options.path !== undefined && options.path !== null && options.path !== '') {
            validators.validateString(options.path, 'options.path');
        } else {
            validateConnectOptions(options);
        }
        if (callback !== null)
            this.once('connect', callback);
        this._rs.ended = this._rs.endEmitted = false;
        this._ws.ending = this._ws.finished = this._ws.aborted = false;
        this._destroyError = null;
        this._lookupError = null;
        this._closeEmitted = false;
        this._errorEmitted = false;
        this._lookupFunction = typeof options.lookup === 'function' ? options.lookup : null;
        const pipe = !!options.path;
        const nativeOptions = pipe ? { path: options.path } : {
            port: Number(options.port) | 0,
            host: options.host || 'localhost',
            localAddress: options.localAddress || undefined,
            localPort: options.localPort ? options.localPort : undefined,
            family: socketToDnsFamily(options.family),
            hints: options.hints || 0,
            noDelay: !!options.noDelay,
            keepAlive: !!options.keepAlive,
            keepAliveInitialDelay: options.keepAliveInitialDelay || 0,
            customLookup: this._lookupFunction !== null
                          && !netBinding.isIP(options.host || 'localhost'),
        };
        const refused = this._native.connectTo(nativeOptions);
        if (refused !== null)
            throw errors.fromNative(refused);
        this._track();
        if (nativeOptions.customLookup && !netBinding.isIP(nativeOptions.host))
            lookup.start(this, nativeOptions.host, nativeOptions.family, nativeOptions.hints);
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
        if (msecs > loop.TIMEOUT_MAX)
            msecs = loop.TIMEOUT_MAX;
        this._native.setTimeout(msecs);
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
        this._native.setNoDelay(noDelay === undefined ? true : !!noDelay);
        return this;
    }

    setKeepAlive(enable, initialDelay) {
        this._native.setKeepAlive(!!enable, ~~(initialDelay / 1000) * 1000);
        return this;
    }

    ref() {
        this._native.ref();
        return this;
    }

    unref() {
        this._native.unref();
        return this;
    }

    address() {
        const address = this._native.address();
        return address.path !== undefined ? {} : address;
    }

    cork() {}
    uncork() {}
    setDefaultEncoding() { return this; }

    // netbench: what the kernel holds for this socket (send/receive queues, TCP_INFO).
    kernelInfo() {
        return this._native.kernelInfo();
    }
}

function failFinish(socket) {
    const ws = socket._ws;
    const waiting = ws.onFinish;
    ws.onFinish = [];
    for (const waiter of waiting)
        waiter(ws.abortReason);
}

// Node's callFinal() tick: a socket destroyed before it fails its end() callbacks here.
function finalCheck(socket) {
    socket._ws.finalChecked = true;
    if (socket._ws.aborted)
        failFinish(socket);
}

function resumeFlow(socket) {
    const rs = socket._rs;
    rs.resumeScheduled = false;
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
                parts.push(buffer.shift());
                left -= first.length;
            } else {
                parts.push(first.slice(0, left));
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
    }
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
        socket.resume();
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
            src.resume();
    };
}

require('internal/net_socket_state').install(Socket.prototype, kReadableHighWaterMark);

const proto = Socket.prototype;
proto.prependListener = function prependListener(event, listener) {
    EventEmitter.prototype.prependListener.call(this, event, listener);
    return this;
};

module.exports = { Socket: Socket, validateConnectOptions: validateConnectOptions };
