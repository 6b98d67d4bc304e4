'use strict';
// require('dns'): lookup() and promises.lookup() on netcore's resolver (getaddrinfo() on a
// worker thread, as libuv does it), with Node's checks, options (family, hints, all, verbatim,
// order) and errors (ENOTFOUND, ...). The resolve*() family (c-ares in Node) is not offered.

const errors = require('internal/errors');
const validators = require('internal/validators');
const loop = require('internal/loop');
const netBinding = internalBinding('net');
const codes = errors.codes;

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const validFamilies = [0, 4, 6];
const kLookupDone = require('internal/net_common').events.kLookup;

let defaultOrder = 'verbatim';
let resolver = null;
const requests = new Map();
let nextRequest = 1;

// The resolver bridge's events: one per answered request.
const resolverHandle = {
    _activeResources(requestNames) {
        requests.forEach(function () { requestNames.push('GetAddrInfoReqWrap'); });
    },
    _onNative(event, requestId, nativeError, addresses) {
        const request = requests.get(requestId);
        requests.delete(requestId);
        if (requests.size === 0)
            loop.handles.delete(resolver.id);
        if (request !== undefined && event === kLookupDone)
            request(nativeError === null ? null : errors.fromNative(nativeError), addresses);
    },
};

function resolve(hostname, family, hints, done) {
    if (resolver === null)
        resolver = netBinding.createResolver();
    const id = nextRequest++;
    requests.set(id, done);
    loop.handles.set(resolver.id, resolverHandle);
    resolver.lookup(hostname, family, hints, id);
}

// dns.lookup()'s argument checks; returns {family, hints, all, order}.
function parseLookupOptions(hostname, options) {
    if (hostname)
        validators.validateString(hostname, 'hostname');
    const parsed = { family: 0, hints: 0, all: false, order: defaultOrder };
    if (typeof options === 'number') {
        validators.validateOneOf(options, 'family', validFamilies);
        parsed.family = options;
        return parsed;
    }
    if (options === undefined || options === null)
        return parsed;
    if (typeof options !== 'object')
        throw codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.hints !== undefined && options.hints !== null) {
        validators.validateNumber(options.hints, 'options.hints');
        parsed.hints = options.hints >>> 0;
        if ((parsed.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0)
            throw codes.ERR_INVALID_ARG_VALUE('hints', parsed.hints);
    }
    if (options.family !== undefined && options.family !== null) {
        if (options.family === 'IPv4') {
            parsed.family = 4;
        } else if (options.family === 'IPv6') {
            parsed.family = 6;
        } else {
            validators.validateOneOf(options.family, 'options.family', validFamilies);
            parsed.family = options.family;
        }
    }
    if (options.all !== undefined && options.all !== null) {
        validators.validateBoolean(options.all, 'options.all');
        parsed.all = options.all;
    }
    if (options.verbatim !== undefined && options.verbatim !== null) {
        validators.validateBoolean(options.verbatim, 'options.verbatim');
        parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order !== undefined && options.order !== null) {
        validators.validateOneOf(options.order, 'options.order',
                                 ['verbatim', 'ipv4first', 'ipv6first']);  // Node's order
        parsed.order = options.order;
    }
    return parsed;
}

function ordered(addresses, order) {
    if (order === 'verbatim')
        return addresses;
    const first = order === 'ipv4first' ? 4 : 6;
    return addresses.filter((a) => a.family === first)
                    .concat(addresses.filter((a) => a.family !== first));
}

let invalidHostnameWarned = false;

function lookup(hostname, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    } else if (options !== undefined && options !== null && typeof options !== 'number'
               && typeof options !== 'object') {
        validators.validateFunction(arguments.length === 2 ? options : callback, 'callback');
    } else {
        validators.validateFunction(callback, 'callback');
    }
    const parsed = parseLookupOptions(hostname, options);
    if (!hostname) {
        if (!invalidHostnameWarned) {  // once per process, as Node's
            invalidHostnameWarned = true;
            process.emitWarning('The provided hostname "' + hostname + '" is not a valid '
                                + 'hostname, and is supported in the dns module solely for '
                                + 'compatibility.', 'DeprecationWarning', 'DEP0118');
        }
        if (parsed.all)
            loop.nextTick(callback, null, []);
        else
            loop.nextTick(callback, null, null, parsed.family === 6 ? 6 : 4);
        return {};
    }
    const literal = netBinding.isIP(hostname);
    if (literal) {
        if (parsed.all)
            loop.nextTick(callback, null, [{ address: hostname, family: literal }]);
        else
            loop.nextTick(callback, null, hostname, literal);
        return {};
    }
    resolve(hostname, parsed.family, parsed.hints, function (error, addresses) {
        if (error) {
            callback(error);
            return;
        }
        const list = ordered(addresses, parsed.order);
        if (parsed.all)
            callback(null, list.map((a) => ({ address: a.address, family: a.family })));
        else
            callback(null, list[0].address, list[0].family);
    });
    return {};
}

function lookupPromise(hostname, options) {
    const parsed = parseLookupOptions(hostname, options);
    return new Promise(function (resolvePromise, reject) {
        lookup(hostname, parsed, function (error, address, family) {
            if (error)
                reject(error);
            else if (parsed.all)
                resolvePromise(address);
            else
                resolvePromise({ address: address, family: family });
        });
    });
}

// What connect() checks when dns.lookup() is its resolver.
function validateLookup(hostname, options) {
    parseLookupOptions(hostname, options);
}

function getDefaultResultOrder() {
    return defaultOrder;
}

function setDefaultResultOrder(order) {
    validators.validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
    defaultOrder = order;
}

const errorCodes = {
    NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
    NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
    BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
    TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION',
    BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
    NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
    ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const promises = Object.assign({
    lookup: lookupPromise,
    getDefaultResultOrder: getDefaultResultOrder,
    setDefaultResultOrder: setDefaultResultOrder,
}, errorCodes);

module.exports = Object.assign({
    lookup: lookup,
    getDefaultResultOrder: getDefaultResultOrder,
    setDefaultResultOrder: setDefaultResultOrder,
    ADDRCONFIG: ADDRCONFIG,
    ALL: ALL,
    V4MAPPED: V4MAPPED,
    promises: promises,
}, errorCodes);

// Internal: not part of Node's dns, used by net's connect().
Object.defineProperty(module.exports, 'validateLookup', { value: validateLookup,
                                                           enumerable: false });
