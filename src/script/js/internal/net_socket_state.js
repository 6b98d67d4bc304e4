'use strict';
// net.Socket's state as Node shows it: the properties (connecting, readyState, bufferSize,
// bytesWritten, remoteAddress, ...), read from the native socket or the stream state kept in
// internal/net_socket.js.

function install(proto) {
    function getter(name, get) {
        Object.defineProperty(proto, name, { get: get, configurable: true });
    }
    getter('connecting', function () { return this._native.connecting; });
    getter('pending', function () { return this._native.pending; });
    // Node's stream state, not the native socket's: netcore closes a socket as soon as both
    // sides sent their FIN, Node only once 'end' and 'finish' were emitted (autoDestroy).
    getter('destroyed', function () { return this._destroyed; });
    getter('readable', function () {
        return !this.destroyed && !this._rs.endEmitted
               && (this._native.readable || this._rs.ended);
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
    getter('bufferSize', function () {
        const open = this.connecting || (!this.destroyed && this._remote !== null);
        return open ? this._native.bufferSize : undefined;
    });
    getter('writableLength', function () { return this._native.bufferSize; });
    getter('writableHighWaterMark', function () { return this._native.writableHighWaterMark; });
    getter('writableEnded', function () { return this._ws.ending; });
    getter('writableFinished', function () { return this._ws.finished; });
    getter('writableNeedDrain', function () {
        return this._native.bufferSize >= this._native.writableHighWaterMark;
    });
    getter('writableCorked', function () { return 0; });
    getter('readableLength', function () { return this._rs.length; });
    getter('readableHighWaterMark', function () { return this._rs.highWaterMark; });
    getter('readableFlowing', function () { return this._rs.flowing; });
    getter('readableEnded', function () { return this._rs.endEmitted; });
    getter('readableEncoding', function () { return this._rs.encoding; });
    getter('closed', function () { return this._closeEmitted; });
    getter('bytesRead', function () { return this._native.bytesRead; });
    getter('bytesWritten', function () {
        return this._native.bytesWritten + this._native.queuedBytes;
    });
    function remoteField(name) {
        return function () {
            const remote = this.destroyed || this._remote === null ? this._remote
                                                                    : this._native.remote();
            return remote === null ? undefined : remote[name];
        };
    }
    getter('remoteAddress', remoteField('address'));
    getter('remoteFamily', remoteField('family'));
    getter('remotePort', remoteField('port'));
    function localField(name) {
        return function () {
            const local = this.destroyed || this._local === null ? this._local
                                                                  : this._native.address();
            return local === null ? undefined : local[name];
        };
    }
    getter('localAddress', localField('address'));
    getter('localPort', localField('port'));
    getter('localFamily', localField('family'));
    getter('_handle', function () { return this.destroyed ? null : this._native; });
}

module.exports = { install: install };
