'use strict';
// What net.Socket and net.Server share: Node's argument normalisation for connect()/listen()
// and the bookkeeping of native handles.

const kNormalized = Symbol('normalizedArgs');

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
    if (netBinding.isIP(String(host)))
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
    kLookup: 1, kLookupRequest: 2, kConnect: 3, kReady: 4, kData: 5, kEnd: 6, kDrain: 7,
    kTimeout: 8, kWrite: 9, kError: 10, kClose: 11, kListening: 12, kConnection: 13, kDrop: 14,
    kConnections: 15, kText: 16,
};

module.exports = {
    events: events,
    socketToDnsFamily: socketToDnsFamily,
    validateConnectOptions: validateConnectOptions,
    kNormalized: kNormalized,
    toNumber: toNumber,
    isPipeName: isPipeName,
    normalizeArgs: normalizeArgs,
};
