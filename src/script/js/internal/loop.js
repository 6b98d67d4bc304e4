'use strict';
// The JS half of Node's event loop. Runtime (C++) calls in for each macrotask: a native
// event (dispatch), due timers (runTimers), the check phase (runImmediates). After each
// callback the nextTick queue runs, then the microtasks, repeatedly until both are empty:
// Node's processTicksAndRejections(). Timers keep Node's rules: delays below 1 ms (or above
// 2^31-1) become 1 ms, timers run in order of expiry and creation, a timer scheduled from a
// callback waits for the next pass.

const native = internalBinding('native');
const validators = require('internal/validators');

const TIMEOUT_MAX = 2147483647;
// Taken before any script runs, which may replace it; for the same reason queues grow by
// index, not push(). (Node's own code is immune in the same way: primordials.)
const defineProperty = Object.defineProperty;
const kRefed = Symbol('refed');

// ---- nextTick, microtasks and the callback rule ----------------------------------------

let tickQueue = [];
let tickHead = 0;
let microtasks = [];
let microHead = 0;
let callbackDepth = 0;
let draining = false;       // inside processTicksAndRejections(): no nested drain
let rejectionHook = null;   // set by internal/promise: returns true when it queued work
let rejectionsPending = false;  // internal/promise has something for rejectionHook
let exiting = false;
let processObject = null;  // internal/process, loaded when first needed

function nextTick(callback) {
    validators.validateFunction(callback, 'callback');
    if (exiting || (processObject !== null && processObject._exiting))
        return;
    let args;
    if (arguments.length > 1)
        args = Array.prototype.slice.call(arguments, 1);
    tickQueue[tickQueue.length] = { callback: callback, args: args };
}

// A job of the engine-independent Promise (internal/promise) or queueMicrotask().
function enqueueMicrotask(job) {
    microtasks[microtasks.length] = job;
}

function queueMicrotask(callback) {
    validators.validateFunction(callback, 'callback');
    microtasks[microtasks.length] = callback;
}

function runMicrotasks() {
    while (microHead < microtasks.length) {
        const job = microtasks[microHead];
        microtasks[microHead++] = undefined;
        try {
            job();
        } catch (error) {
            triggerUncaughtException(error, false);
        }
    }
    microtasks = [];
    microHead = 0;
}

function runRejectionHook() {
    if (!rejectionsPending || rejectionHook === null)
        return false;
    rejectionsPending = false;
    return rejectionHook();
}

function processTicksAndRejections() {
    // Most I/O callbacks queue nothing: then there is nothing to drain.
    if (tickHead >= tickQueue.length && microHead >= microtasks.length && !rejectionsPending)
        return;
    draining = true;
    do {
        while (tickHead < tickQueue.length) {
            const tick = tickQueue[tickHead];
            tickQueue[tickHead++] = undefined;
            try {
                if (tick.args === undefined)
                    tick.callback();
                else
                    tick.callback.apply(undefined, tick.args);
            } catch (error) {
                // As in Node: the rest of the queue waits for the next callback.
                draining = false;
                triggerUncaughtException(error, false);
                return;
            }
        }
        tickQueue = [];
        tickHead = 0;
        runMicrotasks();
    } while (tickQueue.length > 0 || runRejectionHook());
    draining = false;
}

// Node's MakeCallback: run fn; when it throws, report it and leave the queues for later (an
// 'uncaughtException' handler gets a no-op immediate so they run soon); otherwise drain the
// queues when this is the outermost callback. Returns false when fn threw.
function makeCallback(fn, thisArg, args) {
    callbackDepth++;
    try {
        fn.apply(thisArg, args);
    } catch (error) {
        callbackDepth--;
        triggerUncaughtException(error, false);
        return false;
    }
    callbackDepth--;
    if (callbackDepth === 0 && !draining)
        processTicksAndRejections();
    return true;
}

function setRejectionHook(hook) {
    rejectionHook = hook;
}

// internal/promise recorded a rejection (or a late handler) for the hook to look at.
function noteRejection() {
    rejectionsPending = true;
}

// ---- uncaught exceptions ----------------------------------------------------------------

let inFatal = false;

function lazyProcess() {
    if (processObject === null)
        processObject = require('internal/process');
    return processObject;
}

function noop() {}

function triggerUncaughtException(error, fromPromise) {
    const process = lazyProcess();
    const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    if (!inFatal && process.listenerCount('uncaughtExceptionMonitor') > 0) {
        try {
            process.emit('uncaughtExceptionMonitor', error, origin);
        } catch (ignored) {
            // Node ignores what a monitor throws as well.
        }
    }
    if (!inFatal && process.listenerCount('uncaughtException') > 0) {
        try {
            process.emit('uncaughtException', error, origin);
        } catch (handlerError) {
            fatal(handlerError, 7);
            return;
        }
        setImmediate(noop);
        return;
    }
    fatal(error, 1);
}

// The end of the run after an uncaught exception: 'exit' listeners first, then the report,
// then the exit code (1, or what an 'exit' listener set), in Node's order.
function fatal(error, code) {
    if (inFatal) {
        native.exit(code);
        return;
    }
    inFatal = true;
    const process = lazyProcess();
    try {
        if (!process._exiting) {
            process._exiting = true;
            process.exitCode = code;
            process.emit('exit', code);
        }
    } catch (ignored) {
        // A throwing 'exit' listener changes nothing now.
    }
    try {
        native.write(2, require('internal/fatal').formatFatal(error));
    } catch (reportError) {
        native.write(2, plainReport(error, reportError));
    }
    const exitCode = Number(process.exitCode);
    native.exit(Number.isInteger(exitCode) ? exitCode : code);
}

// The report when formatFatal() failed (the script replaced built-ins it uses, as
// String.prototype.split or Array.prototype.join): still the error itself and where it was
// thrown, as the engine gives them, so that what went wrong is not lost.
function plainReport(error, reportError) {
    let text = 'Uncaught ' + plainText(error) + '\n';
    try {
        const stack = error !== null && typeof error === 'object' ? error.stack : undefined;
        if (typeof stack === 'string' && stack !== '')
            text += stack + '\n';
    } catch (ignored) {
        // A throwing 'stack' getter: the first line is all there is.
    }
    return text + '(and the full report failed: ' + plainText(reportError) + ')\n';
}

function plainText(value) {
    try {
        return String(value);
    } catch (ignored) {
        return 'a value whose conversion to a string throws';
    }
}

// ---- timers -----------------------------------------------------------------------------

let loopNow = 0;
let timeStale = true;
let timerSeq = 0;
let timerIds = 0;
let refedTimers = 0;
let heap = [];             // entries {expiry, seq, timer}, a binary min-heap
let staleEntries = 0;
let scheduledExpiry = null;  // expiry the native timer is set for
const knownTimersById = Object.create(null);

// Node's getLibuvNow() updates the loop's clock first: a timer starts when it is set.
function getLoopTime() {
    loopNow = native.now();
    timeStale = false;
    return loopNow;
}

function entryBefore(a, b) {
    return a.expiry < b.expiry || (a.expiry === b.expiry && a.seq < b.seq);
}

function heapPush(entry) {
    heap[heap.length] = entry;
    let i = heap.length - 1;
    while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!entryBefore(heap[i], heap[parent]))
            break;
        const swap = heap[i];
        heap[i] = heap[parent];
        heap[parent] = swap;
        i = parent;
    }
}

function heapPop() {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
        heap[0] = last;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < heap.length && entryBefore(heap[left], heap[smallest]))
                smallest = left;
            if (right < heap.length && entryBefore(heap[right], heap[smallest]))
                smallest = right;
            if (smallest === i)
                break;
            const swap = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = swap;
            i = smallest;
        }
    }
    return top;
}

function isStale(entry) {
    return entry.timer._entry !== entry;
}

// Cancelled timers leave their entries behind; rebuild when they are the majority.
function compactHeap() {
    if (staleEntries < 64 || staleEntries * 2 < heap.length)
        return;
    const live = heap.filter(function (entry) { return !isStale(entry); });
    heap = [];
    staleEntries = 0;
    for (const entry of live)
        heapPush(entry);
}

function scheduleNative() {
    while (heap.length > 0 && isStale(heap[0])) {
        heapPop();
        staleEntries--;
    }
    if (heap.length === 0) {
        if (scheduledExpiry !== null) {
            native.cancelTimer();
            scheduledExpiry = null;
        }
        return;
    }
    const expiry = heap[0].expiry;
    if (expiry === scheduledExpiry)
        return;
    scheduledExpiry = expiry;
    native.scheduleTimer(Math.max(0, expiry - native.now()));
}

function insertTimer(timer, start) {
    if (timer._entry)
        staleEntries++;
    timer._idleStart = start;
    const entry = { expiry: start + timer._idleTimeout, seq: ++timerSeq, timer: timer };
    timer._entry = entry;
    heapPush(entry);
    scheduleNative();
}

function Timeout(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX) {
            lazyProcess().emitWarning(after + ' does not fit into a 32-bit signed integer.'
                                      + '\nTimeout duration was set to 1.',
                                      'TimeoutOverflowWarning');
        }
        after = 1;
    }
    this._idleTimeout = after;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    defineProperty(this, '_entry', { value: null, writable: true, enumerable: false });
    defineProperty(this, '_id', { value: ++timerIds, writable: false, enumerable: false });
    this[kRefed] = isRefed;
    if (isRefed)
        refedTimers++;
    insertTimer(this, getLoopTime());
}

Timeout.prototype.refresh = function refresh() {
    if (!this._destroyed)
        insertTimer(this, getLoopTime());
    return this;
};

Timeout.prototype.unref = function unref() {
    if (this[kRefed]) {
        this[kRefed] = false;
        if (!this._destroyed)
            refedTimers--;
    }
    return this;
};

Timeout.prototype.ref = function ref() {
    if (!this[kRefed]) {
        this[kRefed] = true;
        if (!this._destroyed)
            refedTimers++;
    }
    return this;
};

Timeout.prototype.hasRef = function hasRef() {
    return this[kRefed];
};

Timeout.prototype.close = function close() {
    clearTimeout(this);
    return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () {
    knownTimersById[this._id] = this;
    return this._id;
};

function unenroll(timer) {
    if (timer._destroyed)
        return;
    timer._destroyed = true;
    if (timer[kRefed])
        refedTimers--;
    if (timer._entry) {
        timer._entry = null;
        staleEntries++;
    }
    timer._idleTimeout = -1;
    delete knownTimersById[timer._id];
    compactHeap();
    scheduleNative();
}

function timerArgs(args, from) {
    return args.length > from ? Array.prototype.slice.call(args, from) : undefined;
}

function setTimeout(callback, after) {
    validators.validateFunction(callback, 'callback');
    return new Timeout(callback, after, timerArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
    validators.validateFunction(callback, 'callback');
    return new Timeout(callback, repeat, timerArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
        timer._onTimeout = null;
        unenroll(timer);
        return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
        const instance = knownTimersById[timer];
        if (instance !== undefined) {
            instance._onTimeout = null;
            unenroll(instance);
        }
    }
}

function runTimers(now) {
    // libuv's check phase follows its poll phase: immediates set by this pass's I/O callbacks
    // run before the next timers, even when a timer fell due while those callbacks ran (Qt's
    // loop may deliver the timer in the same turn as the I/O).
    if (inPass && (immediateQueue.length > 0 || outstandingImmediates.length > 0))
        runImmediates(true);
    // libuv runs timers at the end of a pass: an immediate they set waits for the next one.
    inPass = false;
    loopNow = now;
    timeStale = false;
    scheduledExpiry = null;
    while (heap.length > 0) {
        const entry = heap[0];
        if (isStale(entry)) {
            heapPop();
            staleEntries--;
            continue;
        }
        if (entry.expiry > now)
            break;
        heapPop();
        const timer = entry.timer;
        timer._entry = null;
        if (!timer._onTimeout) {
            unenroll(timer);
            continue;
        }
        const start = loopNow;
        const completed = makeCallback(timer._onTimeout, timer, timer._timerArgs || []);
        if (timer._repeat && !timer._destroyed && timer._onTimeout) {
            timer._idleTimeout = timer._repeat;
            insertTimer(timer, start);
        } else if (!timer._entry && !timer._destroyed) {
            timer._destroyed = true;
            if (timer[kRefed])
                refedTimers--;
            delete knownTimersById[timer._id];
        }
        if (!completed)
            break;  // Node ends the timers phase at an exception; the rest run next time
    }
    scheduleNative();
}

// ---- immediates (the check phase) -------------------------------------------------------

let immediateQueue = [];
let refedImmediates = 0;
let inCheckPhase = false;
let inPass = false;  // in an I/O callback, before this pass's check phase
// An immediate set from an I/O callback runs in this pass of the loop (libuv's check phase
// comes before the loop decides whether to go on), ref'd or not; one set from an immediate,
// a timer, the main script or 'beforeExit' belongs to the next pass, which happens only if
// something keeps the loop alive.
let queuedOutsideCheck = false;

function Immediate(callback, args) {
    if (inPass && !inCheckPhase)
        queuedOutsideCheck = true;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    immediateQueue[immediateQueue.length] = this;
    native.scheduleImmediate();
}

Immediate.prototype.ref = function ref() {
    if (!this[kRefed] && !this._destroyed) {
        this[kRefed] = true;
        refedImmediates++;
    }
    return this;
};

Immediate.prototype.unref = function unref() {
    if (this[kRefed]) {
        this[kRefed] = false;
        refedImmediates--;
    }
    return this;
};

Immediate.prototype.hasRef = function hasRef() {
    return !!this[kRefed];
};

function setImmediate(callback) {
    validators.validateFunction(callback, 'callback');
    return new Immediate(callback, timerArgs(arguments, 1));
}

function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed || !(immediate instanceof Immediate))
        return;
    immediate.unref();
    immediate._destroyed = true;
    immediate._onImmediate = null;
}

let outstandingImmediates = [];  // what an exception left of the last batch

// Returns false when it ran nothing because nothing keeps this pass of the loop going (only
// unref'd immediates, set outside an I/O callback): libuv would have ended the loop first.
function runImmediates(nativeAlive) {
    if (immediateQueue.length === 0 && outstandingImmediates.length === 0)
        return true;  // the batch ran early, from runTimers()
    if (!nativeAlive && refedTimers === 0 && refedImmediates === 0
        && outstandingImmediates.length === 0 && !queuedOutsideCheck) {
        return false;
    }
    inPass = false;
    timeStale = true;
    const batch = outstandingImmediates.concat(immediateQueue);
    outstandingImmediates = [];
    immediateQueue = [];
    queuedOutsideCheck = false;
    inCheckPhase = true;
    for (let i = 0; i < batch.length; i++) {
        const immediate = batch[i];
        if (immediate._destroyed)
            continue;
        immediate.unref();
        immediate._destroyed = true;
        const callback = immediate._onImmediate;
        immediate._onImmediate = null;
        if (!makeCallback(callback, immediate, immediate._argv || [])) {
            outstandingImmediates = batch.slice(i + 1);
            break;
        }
    }
    inCheckPhase = false;
    if (immediateQueue.length > 0 || outstandingImmediates.length > 0)
        native.scheduleImmediate();
    return true;
}

// ---- native handles and the end of the run ----------------------------------------------

// Native objects (bridges) by id, while they may still deliver events. A plain object, not a
// Map: this engine searches a Map's keys one by one (with 10,000 handles each event took
// ~10 µs to find its target), and a script can replace Map.prototype.get, not this table.
// Ids come from C++ as doubles, which the engine turns into strings to use as keys: `id | 0`
// makes them integers, which index the table directly.
const handleTable = Object.create(null);
const handles = {
    get: function (id) { return handleTable[id | 0]; },
    set: function (id, target) { handleTable[id | 0] = target; },
    delete: function (id) { delete handleTable[id | 0]; },
    forEach: function (callback) {
        for (const id in handleTable)
            callback(handleTable[id]);
    },
};

// One native event, as makeCallback() would run it, without the argument array.
function dispatch(id, event, a, b, c, d) {
    inPass = true;
    timeStale = true;
    const target = handleTable[id | 0];
    if (target === undefined)
        return;
    callbackDepth++;
    try {
        target._onNative(event, a, b, c, d);
    } catch (error) {
        callbackDepth--;
        triggerUncaughtException(error, false);
        return;
    }
    callbackDepth--;
    // processTicksAndRejections()'s own first test, without the call: most events queue nothing.
    if (callbackDepth === 0 && !draining
        && (tickHead < tickQueue.length || microHead < microtasks.length || rejectionsPending))
        processTicksAndRejections();
}

function hasPendingWork() {
    return refedTimers > 0 || refedImmediates > 0 || tickQueue.length > tickHead
           || microtasks.length > microHead || outstandingImmediates.length > 0
           || (queuedOutsideCheck && immediateQueue.length > 0);
}

function runMain(load) {
    inPass = false;
    timeStale = true;
    makeCallback(load, undefined, []);
}

function beforeExit() {
    inPass = false;
    queuedOutsideCheck = false;
    const process = lazyProcess();
    makeCallback(function () {
        process.emit('beforeExit', process.exitCode || 0);
    }, undefined, []);
}

function emitExit() {
    const process = lazyProcess();
    exiting = true;
    process._exiting = true;
    makeCallback(function () {
        process.emit('exit', process.exitCode || 0);
    }, undefined, []);
    return process.exitCode || 0;
}

module.exports = {
    nextTick: nextTick,
    queueMicrotask: queueMicrotask,
    enqueueMicrotask: enqueueMicrotask,
    setRejectionHook: setRejectionHook,
    noteRejection: noteRejection,
    makeCallback: makeCallback,
    triggerUncaughtException: triggerUncaughtException,
    setTimeout: setTimeout,
    setInterval: setInterval,
    setImmediate: setImmediate,
    clearTimeout: clearTimeout,
    clearInterval: clearTimeout,
    clearImmediate: clearImmediate,
    Timeout: Timeout,
    Immediate: Immediate,
    handles: handles,
    // process.getActiveResourcesInfo(): the ref'd timers and immediates.
    refedTimerCounts: function () { return [refedTimers, refedImmediates]; },
    dispatch: dispatch,
    runTimers: runTimers,
    runImmediates: runImmediates,
    hasPendingWork: hasPendingWork,
    runMain: runMain,
    beforeExit: beforeExit,
    emitExit: emitExit,
    TIMEOUT_MAX: TIMEOUT_MAX,
};
