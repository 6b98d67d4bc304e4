'use strict';
// require('events'): Node's EventEmitter. Listeners run synchronously in the order they were
// added; emit() works on a copy, so adding or removing during an emit affects the next one;
// removeListener() removes the most recently added instance; an 'error' with no listener is
// thrown; more than maxListeners (10) listeners for one event print one warning.

const errors = require('internal/errors');
const validators = require('internal/validators');
const codes = errors.codes;

const kErrorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;

function EventEmitter(options) {
    EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init() {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
        this._events = Object.create(null);
        this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
};

function checkListener(listener) {
    validators.validateFunction(listener, 'listener');
}

function validateMaxListeners(n, name) {
    if (typeof n !== 'number' || n < 0 || Number.isNaN(n))
        throw codes.ERR_OUT_OF_RANGE(name, 'a non-negative number', n);
}

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get: function () { return defaultMaxListeners; },
    set: function (n) {
        validators.validateNumber(n, 'defaultMaxListeners', 0);
        defaultMaxListeners = n;
    },
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    validators.validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
};

function maxListenersOf(emitter) {
    return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return maxListenersOf(this);
};

function eventName(type) {
    return typeof type === 'symbol' ? type.toString() : String(type);
}

function warnIfTooMany(emitter, type, list) {
    const max = maxListenersOf(emitter);
    if (max <= 0 || list.length <= max || list.warned)
        return;
    list.warned = true;
    const name = emitter.constructor && emitter.constructor.name || 'EventEmitter';
    const warning = new Error('Possible EventEmitter memory leak detected. ' + list.length + ' '
                              + eventName(type) + ' listeners added to [' + name
                              + ']. MaxListeners is ' + max
                              + '. Use emitter.setMaxListeners() to increase limit');
    warning.name = 'MaxListenersExceededWarning';
    warning.emitter = emitter;
    warning.type = type;
    warning.count = list.length;
    require('internal/process').emitWarning(warning);
}

function addListener(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    if (events === undefined) {
        events = target._events = Object.create(null);
        target._eventsCount = 0;
    } else if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
    }
    const existing = events[type];
    if (existing === undefined) {
        events[type] = listener;
        target._eventsCount++;
        return target;
    }
    let list;
    if (typeof existing === 'function')
        list = events[type] = prepend ? [listener, existing] : [existing, listener];
    else if (prepend)
        (list = existing).unshift(listener);
    else
        (list = existing)[existing.length] = listener;  // not push(): scripts may replace it
    warnIfTooMany(target, type, list);
    return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
};

function onceWrapper(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
    const wrapped = function () {
        if (!state.fired) {
            state.target.removeListener(state.type, state.wrapFn);
            state.fired = true;
            return state.listener.apply(state.target, arguments);
        }
    };
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrapper(this, type, listener));
    return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrapper(this, type, listener));
    return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined)
        return this;
    const list = events[type];
    if (list === undefined)
        return this;
    if (list === listener || list.listener === listener) {
        if (--this._eventsCount === 0)
            this._events = Object.create(null);
        else
            delete events[type];
        if (events.removeListener !== undefined)
            this.emit('removeListener', type, list.listener || listener);
        return this;
    }
    if (typeof list === 'function')
        return this;
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
            position = i;
            break;
        }
    }
    if (position < 0)
        return this;
    const removed = list[position];
    list.splice(position, 1);
    if (list.length === 1)
        events[type] = list[0];
    if (events.removeListener !== undefined)
        this.emit('removeListener', type, removed.listener || listener);
    return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined)
        return this;
    if (events.removeListener === undefined) {
        if (arguments.length === 0) {
            this._events = Object.create(null);
            this._eventsCount = 0;
        } else if (events[type] !== undefined) {
            if (--this._eventsCount === 0)
                this._events = Object.create(null);
            else
                delete events[type];
        }
        return this;
    }
    if (arguments.length === 0) {
        for (const key of Reflect.ownKeys(events)) {
            if (key !== 'removeListener')
                this.removeAllListeners(key);
        }
        this.removeAllListeners('removeListener');
        this._events = Object.create(null);
        this._eventsCount = 0;
        return this;
    }
    const listeners = events[type];
    if (typeof listeners === 'function') {
        this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
        for (let i = listeners.length - 1; i >= 0; i--)
            this.removeListener(type, listeners[i]);
    }
    return this;
};

function throwUnhandledError(emitter, error) {
    if (error instanceof Error)
        throw error;
    let detail;
    try {
        detail = require('internal/inspect').inspect(error);
    } catch (ignored) {
        detail = String(error);
    }
    const unhandled = codes.ERR_UNHANDLED_ERROR(detail);
    unhandled.context = error;
    throw unhandled;
}

EventEmitter.prototype.emit = function emit(type) {
    const events = this._events;
    if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined)
        callListeners(this, events[kErrorMonitor], arguments);
    const handler = events === undefined ? undefined : events[type];
    if (handler === undefined) {
        if (type === 'error')
            throwUnhandledError(this, arguments[1]);
        return false;
    }
    callListeners(this, handler, arguments);
    return true;
};

function callListeners(target, handler, argumentsOfEmit) {
    const count = argumentsOfEmit.length;
    if (typeof handler === 'function') {
        if (count === 1)
            handler.call(target);
        else if (count === 2)
            handler.call(target, argumentsOfEmit[1]);
        else
            handler.apply(target, Array.prototype.slice.call(argumentsOfEmit, 1));
        return;
    }
    const listeners = handler.slice();
    const args = Array.prototype.slice.call(argumentsOfEmit, 1);
    for (let i = 0; i < listeners.length; i++)
        listeners[i].apply(target, args);
}

function unwrapListeners(list) {
    return list.map(function (listener) { return listener.listener || listener; });
}

EventEmitter.prototype.listeners = function listeners(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined)
        return [];
    if (typeof list === 'function')
        return [list.listener || list];
    return unwrapListeners(list);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined)
        return [];
    return typeof list === 'function' ? [list] : list.slice();
};

function listenerCount(type, listener) {
    const events = this._events;
    if (events === undefined || events[type] === undefined)
        return 0;
    const list = events[type];
    if (typeof list === 'function')
        return listener == null || list === listener || list.listener === listener ? 1 : 0;
    if (listener == null)
        return list.length;
    return list.filter(function (l) { return l === listener || l.listener === listener; }).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function')
        return emitter.listenerCount(type);
    return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// events.once(emitter, name): a Promise of the next event's arguments; rejects on 'error'.
function once(emitter, name) {
    return new Promise(function (resolve, reject) {
        let errorListener = null;
        const resolver = function () {
            if (errorListener !== null)
                emitter.removeListener('error', errorListener);
            resolve(Array.prototype.slice.call(arguments));
        };
        errorListener = function (error) {
            emitter.removeListener(name, resolver);
            reject(error);
        };
        emitter.once(name, resolver);
        if (name !== 'error')
            emitter.once('error', errorListener);
        else
            errorListener = null;
    });
}

function getEventListeners(emitter, type) {
    return emitter.listeners(type);
}

function setMaxListeners(n) {
    validateMaxListeners(n, 'n');
    const targets = Array.prototype.slice.call(arguments, 1);
    if (targets.length === 0)
        defaultMaxListeners = n;
    for (const target of targets)
        target.setMaxListeners(n);
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejections = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.once = once;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.setMaxListeners = setMaxListeners;

module.exports = EventEmitter;
