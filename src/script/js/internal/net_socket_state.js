'use strict';
// net.Socket's state as Node shows it: the properties (connecting, readyState, bufferSize,
// bytesWritten, remoteAddress, ...), read from the native socket or the stream state kept in
// internal/net_socket.js.

const common = require('internal/net_common');
const nativeOf = common.nativeOf;

// What Node's getters give when read on an object that is no constructed socket (the
// prototype itself, Node's test-net-access-byteswritten.js). Those Node lets throw
// (readableFlowing, readableLength, ...) are not listed and throw here too.
const kOnPrototype = {
    connecting: undefined, _connecting: undefined, destroyed: false, closed: false,
    errored: null, readable: false, writable: false, readyState: 'closed',
    bufferSize: undefined, writableLength: undefined, writableHighWaterMark: undefined,
    writableEnded: false, writableFinished: false, writableNeedDrain: false, writableCorked: 0,
    readableEnded: false, readableEncoding: null, bytesRead: undefined,
    bytesWritten: undefined, remoteAddress: undefined, remoteFamily: undefined,
    remotePort: undefined,
};

function install(proto) {
    function getter(name, get) {
        if (Object.prototype.hasOwnProperty.call(kOnPrototype, name)) {
            const onPrototype = kOnPrototype[name];
            const onSocket = get;
            get = function () { return this._rs === undefined ? onPrototype : onSocket.call(this); };
        }
        common.defineProperty(proto, name, { get: get, configurable: true });
    }
    getter('connecting', function () {
        return nativeOf(this).connecting || (this._reconnecting && !this._destroyed);
    });
    // Node's `!this._handle || this.connecting`: the handle outlives netcore's socket until
    // the stream is destroyed (see 'destroyed').
    getter('pending', function () { return !this._hasHandle() || this.connecting; });
    // Node's stream state, not the native socket's: netcore closes a socket as soon as both
    // sides sent their FIN, Node only once 'end' and 'finish' were emitted (autoDestroy).
    getter('destroyed', function () { return this._destroyed; });
    getter('readable', function () {
        return !this.destroyed && !this._rs.endEmitted
               && (nativeOf(this).readable || this._rs.ended);
    });
    getter('writable', function () { return !this.destroyed && !this._ws.ending; });
    getter('readyState', function () {
        if (this.connecting)
            return 'opening';
        if (this.readable && this.writable)
            return 'open';
        if (this.readable)
            return 'readOnly';
        if (this.writable)
            return 'writeOnly';
        return 'closed';
    });
    // Queued in netcore, or held by cork(). Writes made while connecting count until 'close'
    // fails them (Node's), also once netcore has dropped them (a refused connect).
    function writableLength() {
        const bridge = nativeOf(this);
        const waiting = this._beforeConnect;
        return bridge.bufferSize + this._ws.corkedLength
               + (waiting !== null && bridge.socketDestroyed ? waiting.length : 0);
    }
    getter('bufferSize', function () {
        const open = this.connecting || (!this.destroyed && this._remote !== null);
        return open ? writableLength.call(this) : undefined;
    });
    getter('writableLength', writableLength);
    getter('writableHighWaterMark', function () { return nativeOf(this).writableHighWaterMark; });
    getter('writableEnded', function () { return this._ws.ending; });
    getter('writableFinished', function () { return this._ws.finished; });
    getter('writableNeedDrain', function () {
        return writableLength.call(this) >= nativeOf(this).writableHighWaterMark;
    });
    getter('writableCorked', function () { return this._ws.corked; });
    getter('readableLength', function () { return this._rs.length; });
    getter('readableHighWaterMark', function () { return this._rs.highWaterMark; });
    getter('readableFlowing', function () { return this._rs.flowing; });
    getter('readableEnded', function () { return this._rs.endEmitted; });
    getter('readableEncoding', function () { return this._rs.encoding; });
    getter('closed', function () { return this._closeEmitted; });
    getter('errored', function () { return this._errored; });
    getter('readableAborted', function () {
        return (this.destroyed || this._errored !== null) && !this._rs.endEmitted;
    });
    getter('readableDidRead', function () { return this._rs.dataEmitted; });
    getter('readableObjectMode', function () { return false; });
    getter('writableObjectMode', function () { return false; });
    getter('bytesRead', function () { return nativeOf(this).bytesRead; });
    getter('bytesWritten', function () {
        return nativeOf(this).bytesWritten + nativeOf(this).queuedBytes + this._ws.corkedBytes;
    });
    // Node's _getpeername(): read from the handle once connected and remembered from then on,
    // so a peer never asked for while the socket had a handle stays unknown after it closed.
    function remoteField(name) {
        return function () {
            if (this._peername === null && this._hasHandle() && !this.connecting) {
                const remote = nativeOf(this).remote();
                if (remote.family === undefined && remote.path === undefined)
                    return undefined;  // no peer yet
                this._peername = remote;
            }
            return this._peername === null ? undefined : this._peername[name];
        };
    }
    getter('remoteAddress', remoteField('address'));
    getter('remoteFamily', remoteField('family'));
    getter('remotePort', remoteField('port'));
    // Node's _getsockname(): asks the handle, so nothing is known once it is closed.
    function localField(name) {
        return function () {
            if (!this._hasHandle())
                return undefined;
            return nativeOf(this).address()[name];
        };
    }
    getter('localAddress', localField('address'));
    getter('localPort', localField('port'));
    getter('localFamily', localField('family'));
    getter('_handle', function () {
        if (!this._hasHandle())
            return null;
        if (this._handleShown === undefined)
            common.defineProperty(this, '_handleShown', { value: new common.Handle() });
        return this._handleShown;
    });
    getter('_connecting', function () { return this.connecting; });  // Node's legacy name
}

module.exports = { install: install };
