'use strict';
// The `lookup` option of socket.connect(): the script's own resolver, called as Node 20 calls
// it (at once from connect(), with {all: true} unless a family was asked for), its 'lookup'
// events emitted from its callback. netcore asks for the answer later ('lookupRequest').

function start(socket, host, family, hints) {
    const pending = { requestId: null, answered: false, failed: false, addresses: [] };
    socket._pendingLookup = pending;
    const all = family !== 4 && family !== 6;
    if (all && hints === 0)
        hints = 32;  // dns.ADDRCONFIG, as Node adds it
    const options = all ? { hints: hints, all: true } : { family: family, hints: hints };
    socket._lookupFunction.call(undefined, host, options, function (error, address, type) {
        if (pending.answered || socket._pendingLookup !== pending || !socket.connecting)
            return;
        pending.answered = true;
        if (error) {
            pending.failed = true;
            socket._lookupError = error;
            socket.emit('lookup', error, undefined, undefined, host);
        } else {
            const list = Array.isArray(address) ? address
                                                : [{ address: address, family: type }];
            for (const entry of list) {
                const resolved = { address: String(entry.address),
                                   family: Number(entry.family) || 4 };
                pending.addresses.push(resolved);
                socket.emit('lookup', null, resolved.address, resolved.family, host);
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
    socket._native.lookupDone(pending.requestId, pending.failed, pending.addresses);
}

module.exports = { start: start, answer: answer };
