'use strict';
// AbortController and AbortSignal, the parts Node's net uses (the `signal` option) and scripts
// commonly call: abort(reason), aborted, reason, throwIfAborted(), onabort, add/
// removeEventListener('abort') with {once}, AbortSignal.abort() and AbortSignal.timeout().
// The engine has no EventTarget; these are the smallest that behave as Node's.

const loop = require('internal/loop');
const kAbort = Symbol('abort');

// Node's default reason: a DOMException named AbortError (code 20).
function defaultReason() {
    const error = new Error('This operation was aborted');
    error.name = 'AbortError';
    error.code = 20;
    return error;
}

// Node's AbortError (internal/errors): what an aborted operation fails with.
function abortError(reason) {
    const error = new Error('The operation was aborted');
    error.code = 'ABORT_ERR';
    error.name = 'AbortError';
    if (reason !== undefined)
        Object.defineProperty(error, 'cause', { value: reason, writable: true,
                                                configurable: true, enumerable: false });
    return error;
}

class AbortEvent {
    constructor(target) {
        this.type = 'abort';
        this.target = target;
        this.currentTarget = target;
    }
}
Object.defineProperty(AbortEvent, 'name', { value: 'Event' });

class AbortSignal {
    constructor(key) {
        if (key !== kAbort)
            throw new TypeError('Illegal constructor');
        this._aborted = false;
        this._reason = undefined;
        this._listeners = [];
        this.onabort = null;
    }

    get aborted() { return this._aborted; }
    get reason() { return this._reason; }

    throwIfAborted() {
        if (this._aborted)
            throw this._reason;
    }

    addEventListener(type, listener, options) {
        if (type !== 'abort' || listener === null || listener === undefined)
            return;
        if (this._listeners.some((entry) => entry.listener === listener))
            return;
        const once = options !== null && typeof options === 'object' && !!options.once;
        this._listeners.push({ listener: listener, once: once });
    }

    removeEventListener(type, listener) {
        if (type === 'abort')
            this._listeners = this._listeners.filter((entry) => entry.listener !== listener);
    }

    dispatchEvent(event) {
        if (typeof this.onabort === 'function')
            this.onabort.call(this, event);
        for (const entry of this._listeners.slice()) {
            if (entry.once)
                this.removeEventListener('abort', entry.listener);
            if (typeof entry.listener === 'function')
                entry.listener.call(this, event);
            else if (entry.listener && typeof entry.listener.handleEvent === 'function')
                entry.listener.handleEvent(event);
        }
        return true;
    }

    static abort(reason) {
        const signal = new AbortSignal(kAbort);
        signal._aborted = true;
        signal._reason = reason === undefined ? defaultReason() : reason;
        return signal;
    }

    static timeout(ms) {
        const signal = new AbortSignal(kAbort);
        // Node's timeout signal does not keep the process alive.
        loop.setTimeout(function () {
            const error = new Error('The operation was aborted due to timeout');
            error.name = 'TimeoutError';
            error.code = 23;
            abortSignal(signal, error);
        }, ms).unref();
        return signal;
    }

    get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function abortSignal(signal, reason) {
    if (signal._aborted)
        return;
    signal._aborted = true;
    signal._reason = reason === undefined ? defaultReason() : reason;
    signal.dispatchEvent(new AbortEvent(signal));
}

class AbortController {
    constructor() {
        this._signal = new AbortSignal(kAbort);
    }

    get signal() { return this._signal; }

    abort(reason) {
        abortSignal(this._signal, reason);
    }

    get [Symbol.toStringTag]() { return 'AbortController'; }
}

module.exports = { AbortController: AbortController, AbortSignal: AbortSignal,
                   abortError: abortError };
