'use strict';
// net.Server on a netcore::Server (through its ServerBridge), with Node's listen()
// signatures, checks and messages. 'listening' and listen errors are delivered on the
// nextTick queue, where Node emits them.

const EventEmitter = require('events');
const errors = require('internal/errors');
const validators = require('internal/validators');
const loop = require('internal/loop');
const common = require('internal/net_common');
const Socket = require('internal/net_socket').Socket;
const socketForAccepted = require('internal/net_socket').socketForAccepted;
const netBinding = internalBinding('net');
const codes = errors.codes;
const nativeOf = common.nativeOf;
const kListening = common.events.kListening;
const kConnection = common.events.kConnection;
const kDrop = common.events.kDrop;
const kError = common.events.kError;
const kClose = common.events.kClose;

const kDefaultHighWaterMark = 16384;  // Node's getDefaultHighWaterMark() for byte streams

function deliverPending(server) {
    nativeOf(server).deliverPending();
}

class Server extends EventEmitter {
    constructor(options, connectionListener) {
        super();
        if (typeof options === 'function') {
            connectionListener = options;
            options = {};
        } else if (options === undefined || options === null || typeof options === 'object') {
            options = common.copyOptions(options);
        } else {
            throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
        }
        if (options.keepAliveInitialDelay !== undefined) {
            validators.validateNumber(options.keepAliveInitialDelay,
                                      'options.keepAliveInitialDelay');
            if (options.keepAliveInitialDelay < 0)
                options.keepAliveInitialDelay = 0;
        }
        if (options.highWaterMark !== undefined) {
            validators.validateNumber(options.highWaterMark, 'options.highWaterMark');
            if (options.highWaterMark < 0)
                options.highWaterMark = undefined;  // Node falls back to the default
        }
        this._connections = 0;
        this._maxConnections = undefined;
        this._tracked = false;
        this.allowHalfOpen = options.allowHalfOpen || false;
        this.pauseOnConnect = !!options.pauseOnConnect;
        this.noDelay = Boolean(options.noDelay);
        this.keepAlive = Boolean(options.keepAlive);
        this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
        // Both high-water marks of the accepted sockets, as Node's onconnection() gives them.
        this.highWaterMark = options.highWaterMark === undefined ? kDefaultHighWaterMark
                                                                 : options.highWaterMark;
        common.attachNative(this, netBinding.createServer({
            pauseOnConnect: this.pauseOnConnect,
            noDelay: this.noDelay,
            keepAlive: this.keepAlive,
            keepAliveInitialDelay: this.keepAliveInitialDelay * 1000,
        }));
        // The trace's endpoint id, as socket._id: a host that runs the script (a lesson in
        // the window) finds the server's records by it. Not enumerable: Node has no such key.
        common.defineProperty(this, '_id', { value: nativeOf(this).id });
        if (typeof connectionListener === 'function')
            this.on('connection', connectionListener);
    }

    _track() {
        if (!this._tracked) {
            this._tracked = true;
            loop.handles.set(nativeOf(this).id, this);
        }
    }

    // Events reach a server only while it is tracked: it stays so while netcore may still
    // deliver one (a listen() or a second 'close' queued behind the event being handled).
    _untrackIfIdle() {
        if (this._tracked && nativeOf(this).idle) {
            this._tracked = false;
            loop.handles.delete(nativeOf(this).id);
        }
    }

    _onNative(event, a, b) {
        switch (event) {
        case kConnection:
            this._onConnection(a);
            break;
        case kListening:
            this.emit('listening');
            break;
        case kDrop:
            this.emit('drop', {
                localAddress: a.address, localPort: a.port, localFamily: a.family,
                remoteAddress: b.address, remotePort: b.port, remoteFamily: b.family,
            });
            break;
        case kError:
            this._untrackIfIdle();
            this.emit('error', errors.fromNative(a));
            break;
        case kClose:
            this._untrackIfIdle();
            this.emit('close');
            break;
        }
    }

    _onConnection(bridge) {
        const socket = socketForAccepted(bridge, {
            allowHalfOpen: this.allowHalfOpen,
            pauseOnCreate: this.pauseOnConnect,
            readableHighWaterMark: this.highWaterMark,
            writableHighWaterMark: this.highWaterMark,
        });
        this._connections++;
        socket.server = this;
        socket._server = this;
        const server = this;
        socket.once('close', function () {
            server._connections--;
        });
        this.emit('connection', socket);
    }

    listen() {
        const args = Array.prototype.slice.call(arguments);
        const normalized = common.normalizeArgs(args);
        let options = normalized[0];
        const callback = normalized[1];
        if (nativeOf(this).listening)
            throw codes.ERR_SERVER_ALREADY_LISTEN();
        if (callback !== null)
            this.once('listening', callback);
        const backlogFromArgs = common.toNumber(args.length > 1 && args[1])
                                || common.toNumber(args.length > 2 && args[2]);
        options = options._handle || options.handle || options;
        if (options instanceof Server || options instanceof Socket
            || options instanceof common.Handle) {
            throw codes.ERR_NOT_SUPPORTED('server.listen(handle) with a server or socket '
                                          + 'object (use {fd})');
        }
        if (options.signal !== undefined)
            closeOnAbort(this, options.signal);
        if (typeof options.fd === 'number' && options.fd >= 0) {
            common.checkDescriptorAdoption('server.listen({fd: ' + options.fd + '})', options.fd);
            return this._listen({ fd: options.fd, backlog: backlogFromArgs || undefined });
        }
        if (args.length === 0 || typeof args[0] === 'function'
            || (typeof options.port === 'undefined' && 'port' in options)
            || options.port === null) {
            options.port = 0;
        }
        if (typeof options.port === 'number' || typeof options.port === 'string') {
            validators.validatePort(options.port, 'options.port');
            const listenOptions = {
                port: options.port | 0,
                backlog: options.backlog || backlogFromArgs || undefined,
                exclusive: !!options.exclusive,
                ipv6Only: !!options.ipv6Only,
            };
            if (options.host) {
                // Node hands the host to dns.lookup(), which takes only a string.
                if (typeof options.host !== 'string')
                    throw codes.ERR_INVALID_ARG_TYPE('hostname', 'string', options.host);
                listenOptions.host = options.host;
            }
            return this._listen(listenOptions);
        }
        if (options.path && common.isPipeName(options.path)) {
            return this._listen({
                path: options.path,
                backlog: options.backlog || backlogFromArgs || undefined,
            });
        }
        if (!('port' in options || 'path' in options)) {
            throw codes.ERR_INVALID_ARG_VALUE('options', options,
                                              'must have the property "port" or "path"');
        }
        throw codes.ERR_INVALID_ARG_VALUE('options', options);
    }

    _listen(options) {
        // Node validates nothing: a truthy backlog goes to listen(2) as its ToInt32.
        if (options.backlog === undefined)
            delete options.backlog;
        else
            options.backlog |= 0;
        const refused = nativeOf(this).listen(options);
        if (refused !== null)
            throw errors.fromNative(refused);
        this._track();
        // Node emits 'listening' (or the error) from the nextTick queue; a host name, even an
        // address, goes through dns.lookup() first, which adds one more tick.
        if (options.host)
            loop.nextTick(function (server) { loop.nextTick(deliverPending, server); }, this);
        else
            loop.nextTick(deliverPending, this);
        return this;
    }

    close(callback) {
        if (typeof callback === 'function') {
            if (!this.listening) {
                this.once('close', function close() {
                    callback(codes.ERR_SERVER_NOT_RUNNING());
                });
            } else {
                this.once('close', callback);
            }
        }
        this._track();
        nativeOf(this).close();
        // With no connection left, Node says 'close' from the nextTick queue.
        if (nativeOf(this).connectionCount === 0)
            loop.nextTick(deliverPending, this);
        return this;
    }

    address() {
        if (!nativeOf(this).listening)
            return null;
        const address = nativeOf(this).address();
        if (address.path !== undefined)
            return address.path;
        return address.address === undefined ? null : address;
    }

    getConnections(callback) {
        validators.validateFunction(callback, 'callback');
        loop.nextTick(callback, null, this._connections);
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
}

// listen()'s signal option, as Node's addServerAbortSignalOption(): aborting it closes the
// server (an aborted one from the nextTick queue); the listener goes with the server's 'close'.
function closeOnAbort(server, signal) {
    validators.validateAbortSignal(signal, 'options.signal');
    common.onSignalAbort(server, signal, function () {
        server.close();
    });
}

common.defineProperty(Server.prototype, 'listening', {
    // false on an object that is no constructed server (the prototype), as Node's
    get: function () { return this._id !== undefined && nativeOf(this).listening; },
    configurable: true,
});

common.defineProperty(Server.prototype, 'maxConnections', {
    get: function () { return this._maxConnections; },
    set: function (value) {
        this._maxConnections = value;
        // Node drops connections only for a truthy limit: 0 and undefined mean none.
        nativeOf(this).maxConnections = value > 0 ? Math.floor(value) : -1;
    },
    configurable: true,
});

common.defineProperty(Server.prototype, 'connections', {
    get: function () { return this._connections; },
    set: function (value) { this._connections = value; },
    configurable: true,
});

module.exports = { Server: Server };
