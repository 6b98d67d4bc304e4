'use strict';
// Node's argument validators (lib/internal/validators.js), with its messages.

const codes = require('internal/errors').codes;

function validateFunction(value, name) {
    if (typeof value !== 'function')
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateString(value, name) {
    if (typeof value !== 'string')
        throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
    if (typeof value !== 'boolean')
        throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObject(value, name, allowArray) {
    if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value)))
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateNumber(value, name, min, max) {
    if (typeof value !== 'number')
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max)
        || ((min != null || max != null) && Number.isNaN(value))) {
        let range;
        if (min != null && max != null)
            range = '>= ' + min + ' && <= ' + max;
        else if (min != null)
            range = '>= ' + min;
        else
            range = '<= ' + max;
        throw codes.ERR_OUT_OF_RANGE(name, range, value);
    }
}

function validateInteger(value, name, min, max) {
    if (min === undefined)
        min = Number.MIN_SAFE_INTEGER;
    if (max === undefined)
        max = Number.MAX_SAFE_INTEGER;
    if (typeof value !== 'number')
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value))
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max)
        throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

function validateInt32(value, name, min, max) {
    validateInteger(value, name, min === undefined ? -2147483648 : min,
                    max === undefined ? 2147483647 : max);
}

function validateUint32(value, name, positive) {
    validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateOneOf(value, name, oneOf) {
    if (oneOf.indexOf(value) < 0) {
        const allowed = oneOf.map(function (v) {
            return typeof v === 'string' ? "'" + v + "'" : String(v);
        }).join(', ');
        throw codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
    }
}

// Node's validateAbortSignal(): anything with an `aborted` property passes.
function validateAbortSignal(signal, name) {
    if (signal !== undefined
        && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
        throw codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

// Node's validatePort(): numbers and numeric strings from 0 (or 1) to 65535.
function validatePort(port, name, allowZero) {
    if (name === undefined)
        name = 'Port';
    if (allowZero === undefined)
        allowZero = true;
    if ((typeof port !== 'number' && typeof port !== 'string')
        || (typeof port === 'string' && port.trim().length === 0)
        || +port !== (+port >>> 0)
        || port > 0xFFFF
        || (port === 0 && !allowZero)) {
        throw codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
    }
    return port | 0;
}

module.exports = {
    validateFunction: validateFunction,
    validateString: validateString,
    validateBoolean: validateBoolean,
    validateObject: validateObject,
    validateNumber: validateNumber,
    validateInteger: validateInteger,
    validateInt32: validateInt32,
    validateUint32: validateUint32,
    validateOneOf: validateOneOf,
    validatePort: validatePort,
    validateAbortSignal: validateAbortSignal,
};
