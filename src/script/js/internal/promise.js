'use strict';
// ES2020 Promise whose jobs run on the runtime's microtask queue. Qt 6.4's engine runs its
// own promise jobs as posted Qt events, between other events, which breaks Node's order
// (nextTick queue, then all microtasks, after every callback). This follows the spec's
// algorithms step by step, so the number of jobs between two reactions, and with it the
// order of interleaved chains, is the one V8 gives. Unhandled rejections behave like Node
// 20's default (--unhandled-rejections=throw).

const loop = require('internal/loop');

const kState = Symbol('kState');
const kValue = Symbol('kValue');
const kReactions = Symbol('kReactions');
const kHandled = Symbol('kHandled');
const PENDING = 0;
const FULFILLED = 1;
const REJECTED = 2;

let pendingRejections = [];
let handledLate = [];       // reported as unhandled, then handled: warned about next drain
let lastRejectionId = 0;
const kRejectionId = Symbol('kRejectionId');
const kWarned = Symbol('kWarned');

function hidden(target, key, value) {
    Object.defineProperty(target, key, { value: value, writable: true, enumerable: false });
}

function isPromise(value) {
    return value !== null && typeof value === 'object' && value[kState] !== undefined;
}

function createResolvingFunctions(promise) {
    let alreadyResolved = false;
    return {
        resolve: function (resolution) {
            if (alreadyResolved)
                return;
            alreadyResolved = true;
            resolvePromise(promise, resolution);
        },
        reject: function (reason) {
            if (alreadyResolved)
                return;
            alreadyResolved = true;
            rejectPromise(promise, reason);
        },
    };
}

function resolvePromise(promise, resolution) {
    if (resolution === promise) {
        rejectPromise(promise, new TypeError('Chaining cycle detected for promise #<Promise>'));
        return;
    }
    if (resolution === null || (typeof resolution !== 'object' && typeof resolution !== 'function')) {
        settle(promise, FULFILLED, resolution);
        return;
    }
    let then;
    try {
        then = resolution.then;
    } catch (error) {
        rejectPromise(promise, error);
        return;
    }
    if (typeof then !== 'function') {
        settle(promise, FULFILLED, resolution);
        return;
    }
    loop.enqueueMicrotask(function promiseResolveThenableJob() {
        const functions = createResolvingFunctions(promise);
        try {
            then.call(resolution, functions.resolve, functions.reject);
        } catch (error) {
            functions.reject(error);
        }
    });
}

function rejectPromise(promise, reason) {
    if (!promise[kHandled]) {
        hidden(promise, kRejectionId, ++lastRejectionId);
        pendingRejections.push(promise);
        loop.noteRejection();
    }
    settle(promise, REJECTED, reason);
}

function settle(promise, state, value) {
    const reactions = promise[kReactions];
    promise[kState] = state;
    promise[kValue] = value;
    promise[kReactions] = undefined;
    for (const reaction of reactions)
        enqueueReaction(reaction, state, value);
}

function enqueueReaction(reaction, state, argument) {
    loop.enqueueMicrotask(function promiseReactionJob() {
        const handler = state === FULFILLED ? reaction.onFulfilled : reaction.onRejected;
        let result = argument;
        let threw = state === REJECTED;
        if (typeof handler === 'function') {
            threw = false;
            try {
                result = handler(argument);
            } catch (error) {
                threw = true;
                result = error;
            }
        }
        if (threw)
            reaction.capability.reject(result);
        else
            reaction.capability.resolve(result);
    });
}

function performThen(promise, onFulfilled, onRejected, capability) {
    const reaction = { onFulfilled: onFulfilled, onRejected: onRejected, capability: capability };
    const state = promise[kState];
    if (state === PENDING)
        promise[kReactions].push(reaction);
    else
        enqueueReaction(reaction, state, promise[kValue]);
    if (state === REJECTED && !promise[kHandled] && promise[kWarned]) {
        handledLate.push(promise);
        loop.noteRejection();
    }
    promise[kHandled] = true;
}

function newCapability(C) {
    if (C === Promise) {
        const promise = new Promise(noop);
        const functions = createResolvingFunctions(promise);
        return { promise: promise, resolve: functions.resolve, reject: functions.reject };
    }
    const capability = { promise: undefined, resolve: undefined, reject: undefined };
    capability.promise = new C(function (resolve, reject) {
        if (capability.resolve !== undefined || capability.reject !== undefined)
            throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
        capability.resolve = resolve;
        capability.reject = reject;
    });
    if (typeof capability.resolve !== 'function' || typeof capability.reject !== 'function')
        throw new TypeError('Promise resolve or reject function is not callable');
    return capability;
}

function noop() {}

function speciesConstructor(object, fallback) {
    const C = object.constructor;
    if (C === undefined)
        return fallback;
    if (C === null || (typeof C !== 'object' && typeof C !== 'function'))
        throw new TypeError('object.constructor is not an object');
    const species = C[Symbol.species];
    return species === undefined || species === null ? fallback : species;
}

class Promise {
    constructor(executor) {
        if (typeof executor !== 'function')
            throw new TypeError('Promise resolver ' + describe(executor) + ' is not a function');
        hidden(this, kState, PENDING);
        hidden(this, kValue, undefined);
        hidden(this, kReactions, []);
        hidden(this, kHandled, false);
        if (executor === noop)
            return;
        const functions = createResolvingFunctions(this);
        try {
            executor(functions.resolve, functions.reject);
        } catch (error) {
            functions.reject(error);
        }
    }

    then(onFulfilled, onRejected) {
        if (!isPromise(this))
            throw new TypeError('Method Promise.prototype.then called on incompatible receiver');
        const capability = newCapability(speciesConstructor(this, Promise));
        performThen(this, onFulfilled, onRejected, capability);
        return capability.promise;
    }

    catch(onRejected) {
        return this.then(undefined, onRejected);
    }

    finally(onFinally) {
        if (typeof onFinally !== 'function')
            return this.then(onFinally, onFinally);
        const C = speciesConstructor(this, Promise);
        return this.then(function (value) {
            return C.resolve(onFinally()).then(function () { return value; });
        }, function (reason) {
            return C.resolve(onFinally()).then(function () { throw reason; });
        });
    }

    static resolve(value) {
        if (isPromise(value) && value.constructor === this)
            return value;
        const capability = newCapability(this);
        capability.resolve(value);
        return capability.promise;
    }

    static reject(reason) {
        const capability = newCapability(this);
        capability.reject(reason);
        return capability.promise;
    }

    static all(iterable) {
        return combine(this, iterable, function (capability, results, index, remaining) {
            return {
                fulfilled: function (value) {
                    results[index] = value;
                    if (--remaining.count === 0)
                        capability.resolve(results);
                },
                rejected: capability.reject,
            };
        }, function (capability, results) { capability.resolve(results); });
    }

    static allSettled(iterable) {
        return combine(this, iterable, function (capability, results, index, remaining) {
            function done(entry) {
                results[index] = entry;
                if (--remaining.count === 0)
                    capability.resolve(results);
            }
            return {
                fulfilled: function (value) { done({ status: 'fulfilled', value: value }); },
                rejected: function (reason) { done({ status: 'rejected', reason: reason }); },
            };
        }, function (capability, results) { capability.resolve(results); });
    }

    static any(iterable) {
        return combine(this, iterable, function (capability, errors, index, remaining) {
            return {
                fulfilled: capability.resolve,
                rejected: function (reason) {
                    errors[index] = reason;
                    if (--remaining.count === 0)
                        capability.reject(aggregate(errors));
                },
            };
        }, function (capability, errors) { capability.reject(aggregate(errors)); });
    }

    static race(iterable) {
        const C = this;
        const capability = newCapability(C);
        try {
            for (const item of iterable)
                C.resolve(item).then(capability.resolve, capability.reject);
        } catch (error) {
            capability.reject(error);
        }
        return capability.promise;
    }
}

Object.defineProperty(Promise.prototype, Symbol.toStringTag, {
    value: 'Promise', configurable: true,
});
Object.defineProperty(Promise, Symbol.species, {
    get: function () { return this; }, configurable: true,
});

function aggregate(errors) {
    const error = new Error('All promises were rejected');
    error.name = 'AggregateError';
    error.errors = errors;
    return error;
}

// The shared frame of all(), allSettled() and any(): one element handler pair per item,
// settled when the count of outstanding items drops to zero.
function combine(C, iterable, makeHandlers, onEmpty) {
    const capability = newCapability(C);
    const results = [];
    const remaining = { count: 1 };
    try {
        let index = 0;
        for (const item of iterable) {
            results.push(undefined);
            remaining.count++;
            const handlers = makeHandlers(capability, results, index++, remaining);
            C.resolve(item).then(handlers.fulfilled, handlers.rejected);
        }
        if (--remaining.count === 0)
            onEmpty(capability, results);
    } catch (error) {
        capability.reject(error);
    }
    return capability.promise;
}

function describe(value) {
    if (value === null || typeof value !== 'object')
        return String(value);
    return '#<' + (value.constructor && value.constructor.name || 'Object') + '>';
}

// After the microtasks drained: what is still rejected without a handler is reported.
function processRejections() {
    if (pendingRejections.length === 0 && handledLate.length === 0)
        return false;
    let reported = false;
    while (handledLate.length > 0) {
        const promise = handledLate.shift();
        const process = require('internal/process');
        if (!process.emit('rejectionHandled', promise)) {
            const warning = new Error('Promise rejection was handled asynchronously (rejection id: '
                                      + promise[kRejectionId] + ')');
            warning.name = 'PromiseRejectionHandledWarning';
            process.emitWarning(warning);
        }
        reported = true;
    }
    while (pendingRejections.length > 0) {
        const list = pendingRejections;
        pendingRejections = [];
        for (const promise of list) {
            if (promise[kHandled])
                continue;
            reported = true;
            reportUnhandled(promise);
        }
    }
    return reported;
}

function reportUnhandled(promise) {
    const process = require('internal/process');
    const reason = promise[kValue];
    hidden(promise, kWarned, true);
    if (process.listenerCount('unhandledRejection') > 0) {
        try {
            process.emit('unhandledRejection', reason, promise);
        } catch (error) {
            loop.triggerUncaughtException(error, false);
        }
        return;
    }
    let error = reason;
    if (!(reason instanceof Error)) {
        let text;
        try {
            text = String(reason);
        } catch (ignored) {
            text = Object.prototype.toString.call(reason);
        }
        // Node's UnhandledPromiseRejection: an Error whose code and name are own enumerable
        // properties, and whose toString() is Error's (no [code]).
        error = require('internal/errors').codes.ERR_UNHANDLED_REJECTION(text);
        delete error.toString;
        error.name = 'UnhandledPromiseRejection';
    }
    loop.triggerUncaughtException(error, true);
}

loop.setRejectionHook(processRejections);

function promiseState(promise) {
    if (!isPromise(promise))
        return null;
    return { state: ['pending', 'fulfilled', 'rejected'][promise[kState]], value: promise[kValue] };
}

module.exports = {
    Promise: Promise,
    isPromise: isPromise,
    promiseState: promiseState,
};
