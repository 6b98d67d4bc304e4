'use strict';
// What net.Socket and net.Server share: Node's argument normalisation for connect()/listen()
// and the bookkeeping of native handles.

const kNormalized = Symbol('normalizedArgs');
// The built-ins used on every socket, as they were before any script ran: a script may replace
// Object.defineProperty or Object.assign, and node's own code does not notice (primordials).
const defineProperty = Object.defineProperty;
const ownKeys = Object.keys;

// Object.assign({}, options), with the built-ins of before the script.
function copyOptions(options) {
    const copy = {};
    if (options === undefined || options === null)
        return copy;
    const keys = ownKeys(options);
    for (let i = 0; i < keys.length; i++)
        copy[keys[i]] = options[keys[i]];
    return copy;
}

// A socket's or server's bridge (a QObject) stays out of scripts' reach: the engine gives every
// QObject a destroy() that deletes it, and its invokable methods skip the checks done here.
// The object holds only a function that hands its bridge to this module through a variable
// scripts cannot read; calling it, or putting another function in its place, reveals nothing.
let handedOver = null;

function attachNative(owner, bridge) {
    // writeBytes: the bridge's method, read once (each read of a QObject method makes a
    // function), for socket.write().
    const record = { bridge: bridge, writeBytes: null };
    defineProperty(owner, '_native', {
        value: function native() { handedOver = record; },
    });
}

function nativeRecord(owner) {
    handedOver = null;
    const handOver = owner._native;
    if (typeof handOver === 'function')
        handOver();
    const record = handedOver;
    handedOver = null;
    if (record === null)
        throw new TypeError('Illegal invocation');  // V8's words for a method on a foreign object
    return record;
}

function nativeOf(owner) {
    return nativeRecord(owner).bridge;
}

// What socket._handle shows: Node's is a TCP or Pipe wrap; this one is only non-null while
// there is a handle (scripts test that), and carries nothing.
function Handle() {}

function toNumber(value) {
    return (value = Number(value)) >= 0 ? value : false;
}

// A string that is not a number names a Unix domain socket.
function isPipeName(value) {
    return typeof value === 'string' && toNumber(value) === false;
}

// Node's normalizeArgs(): (port[, host][, cb]), (path[, cb]) or (options[, cb]) become
// [options, cb|null].
function normalizeArgs(args) {
    let result;
    if (args.length === 0) {
        result = [{}, null];
        result[kNormalized] = true;
        return result;
    }
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
        options = first;
    } else if (isPipeName(first)) {
        options.path = first;
    } else {
        options.port = first;
        if (args.length > 1 && typeof args[1] === 'string')
            options.host = args[1];
    }
    const callback = args[args.length - 1];
    result = typeof callback === 'function' ? [options, callback] : [options, null];
    result[kNormalized] = true;
    return result;
}

function socketToDnsFamily(family) {
    if (family === 'IPv4')
        return 4;
    if (family === 'IPv6')
        return 6;
    return family === undefined || family === null ? 0 : family;
}

// Node's lookupAndConnect() checks, in its order, then what dns.lookup() checks when it is
// the resolver. (connect() has checked that a port or a path was given.)
function validateConnectOptions(options) {
    const codes = require('internal/errors').codes;
    const validators = require('internal/validators');
    const netBinding = internalBinding('net');
    const port = options.port;
    if (options.localAddress && !netBinding.isIP(String(options.localAddress)))
        throw codes.ERR_INVALID_IP_ADDRESS(options.localAddress);
    if (options.localPort)
        validators.validateNumber(options.localPort, 'options.localPort');
    if (port !== undefined) {
        if (typeof port !== 'number' && typeof port !== 'string')
            throw codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
        validators.validatePort(port);
    }
    if (options.autoSelectFamily !== undefined && options.autoSelectFamily !== null)
        validators.validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
    const attemptTimeout = options.autoSelectFamilyAttemptTimeout;
    if (attemptTimeout !== undefined && attemptTimeout !== null)
        validators.validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    const host = options.host || 'localhost';
    if (netBinding.isIP(`${host}`))  // a Symbol throws, as in Node (String() would not)
        return;
    if (options.lookup !== undefined && options.lookup !== null) {
        validators.validateFunction(options.lookup, 'options.lookup');
        return;
    }
    require('dns').validateLookup(host, { family: socketToDnsFamily(options.family),
                                          hints: options.hints || 0 });
}

// The events the native bridges report, as bridge.h's script::Event numbers (integers compare
// faster than strings in the engine; keep the two lists in step).
const events = {
    kLookup: 1, kLookupRequest: 2, kConnect: 3, kData: 5, kEnd: 6, kDrain: 7,
    kTimeout: 8, kWrite: 9, kError: 10, kClose: 11, kListening: 12, kConnection: 13, kDrop: 14,
    kText: 16,
};

// RunOptions::allowDescriptorAdoption off (the window): taking over a descriptor of the
// process is refused as the sandbox refuses files.
function checkDescriptorAdoption(call, fd) {
    if (internalBinding('net').mayAdoptDescriptors())
        return;
    const error = require('internal/errors').codes.ERR_ACCESS_DENIED(
        'Access to this API has been restricted: ' + call + ' is refused, because this run '
        + 'may not take over descriptors of its process (netbench runs scripts in a sandbox)');
    error.resource = fd;
    throw error;
}

// A signal option, as Node's addAbortSignal helpers: onAbort runs when the signal aborts (from
// the nextTick queue if it already has), and the listener goes with the owner's 'close'.
function onSignalAbort(owner, signal, onAbort) {
    if (signal.aborted) {
        require('internal/loop').nextTick(onAbort);
        return;
    }
    signal.addEventListener('abort', onAbort);
    owner.once('close', function () {
        signal.removeEventListener('abort', onAbort);
    });
}

module.exports = {
    checkDescriptorAdoption: checkDescriptorAdoption,
    events: events,
    socketToDnsFamily: socketToDnsFamily,
    validateConnectOptions: validateConnectOptions,
    kNormalized: kNormalized,
    defineProperty: defineProperty,
    copyOptions: copyOptions,
    attachNative: attachNative,
    nativeOf: nativeOf,
    nativeRecord: nativeRecord,
    Handle: Handle,
    toNumber: toNumber,
    isPipeName: isPipeName,
    normalizeArgs: normalizeArgs,
    onSignalAbort: onSignalAbort,
};
