'use strict';
// The `lookup` option of socket.connect(): the script's own resolver, called as Node 20 calls
// it (at once from connect(); {all: true} when Node would race the families), its 'lookup'
// events emitted from its callback and its answer checked as Node checks it. netcore asks for
// the answer later ('lookupRequest').

const codes = require('internal/errors').codes;
const netBinding = internalBinding('net');
const nativeOf = require('internal/net_common').nativeOf;
const loop = require('internal/loop');

function isValidAnswer(address, family) {
    return netBinding.isIP(String(address)) !== 0 && typeof address === 'string'
           && (family === 4 || family === 6);
}

// Node's error for an answer that names no usable address.
function invalidAnswer(address, family, options) {
    if (typeof address !== 'string' || !netBinding.isIP(address))
        return codes.ERR_INVALID_IP_ADDRESS(address);
    const error = codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
    error.host = options.host;
    error.port = options.port;
    return error;
}

// The options Node's lookupAndConnect() gives the resolver: ADDRCONFIG without a family or
// hints, all: true when it would race the families.
function resolverOptions(family, hints, all) {
    if (family !== 4 && family !== 6 && hints === 0)
        hints = 32;  // dns.ADDRCONFIG, as Node adds it
    const lookupOptions = { family: family, hints: hints };
    if (all)
        lookupOptions.all = true;
    return lookupOptions;
}

// options: the connect() options (host and port as the script gave them).
function start(socket, host, family, hints, all, options) {
    const pending = { requestId: null, answered: false, failed: false, addresses: [] };
    socket._pendingLookup = pending;
    const lookupOptions = resolverOptions(family, hints, all);
    function fail(error) {
        pending.failed = true;
        socket._lookupError = error;
    }
    socket._lookupFunction.call(undefined, host, lookupOptions, function (error, address, type) {
        if (pending.answered || socket._pendingLookup !== pending || !socket.connecting)
            return;
        pending.answered = true;
        if (error) {
            socket.emit('lookup', error, undefined, undefined, host);
            fail(error);
        } else if (!all) {
            socket.emit('lookup', null, address, type, host);
            if (isValidAnswer(address, type))
                pending.addresses[pending.addresses.length] = { address: address, family: type };
            else
                fail(invalidAnswer(address, type, options));
        } else {
            for (let i = 0; i < address.length; i++) {
                const entry = address[i] || {};
                socket.emit('lookup', null, entry.address, entry.family, host);
                if (isValidAnswer(entry.address, entry.family)) {
                    pending.addresses[pending.addresses.length] = { address: entry.address,
                                                                    family: entry.family };
                }
            }
            if (pending.addresses.length === 0) {
                const first = address[0] || {};
                fail(invalidAnswer(first.address, first.family, options));
            }
        }
        answer(socket);
    });
}

// Hands the answer to netcore once both the script's callback and netcore's request came.
function answer(socket) {
    const pending = socket._pendingLookup;
    if (pending === null || !pending.answered || pending.requestId === null)
        return;
    socket._pendingLookup = null;
    nativeOf(socket).lookupDone(pending.requestId, pending.failed, pending.addresses);
}

// connect() of a socket whose handle is still open (net_socket.js's resolveConnectAgain()):
// the resolver (the script's `lookup` or dns.lookup()) is called at once, with Node's options,
// and its answer reported as Node's lookupAndConnect() reports it. proceed(address) runs inside
// the resolver's callback (Node connects its handle there), fail(error) from the nextTick queue
// (Node's connectErrorNT()), each only while stillWanted() holds. Of several addresses only
// the first usable one is tried: the handle is connected, so it fails whatever the address.
function resolveAgain(socket, host, resolver, lookupOptions, options, stillWanted, proceed,
                      fail) {
    function failLater(error) {
        loop.nextTick(function () {
            if (stillWanted())
                fail(error);
        });
    }
    resolver.call(undefined, host, lookupOptions, function (error, address, type) {
        if (!lookupOptions.all) {
            socket.emit('lookup', error, address, type, host);  // Node emits it whatever happened
            if (!stillWanted())
                return;
            if (error)
                failLater(error);
            else if (!isValidAnswer(address, type))
                failLater(invalidAnswer(address, type, options));
            else
                proceed(address);
            return;
        }
        if (!stillWanted())
            return;
        if (error) {
            socket.emit('lookup', error, undefined, undefined, host);
            failLater(error);
            return;
        }
        let usable = null;
        for (let i = 0; i < address.length; i++) {
            const entry = address[i] || {};
            socket.emit('lookup', null, entry.address, entry.family, host);
            if (!stillWanted())
                return;
            if (usable === null && isValidAnswer(entry.address, entry.family))
                usable = entry.address;
        }
        if (usable !== null) {
            proceed(usable);
        } else {
            const first = address[0] || {};
            failLater(invalidAnswer(first.address, first.family, options));
        }
    });
}

module.exports = { start: start, answer: answer, resolveAgain: resolveAgain,
                   resolverOptions: resolverOptions };
