'use strict';
// require('util'): format/inspect (internal/inspect), inherits, promisify, callbackify,
// deprecate, isDeepStrictEqual, types, TextEncoder/TextDecoder.

const inspectModule = require('internal/inspect');
const formatModule = require('internal/format');
const comparisons = require('internal/comparisons');
const errors = require('internal/errors');
const validators = require('internal/validators');
const encoding = require('internal/encoding');
const promise = require('internal/promise');
const codes = errors.codes;

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null)
        throw codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
    if (superCtor === undefined || superCtor === null)
        throw codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
    if (superCtor.prototype === undefined)
        throw codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', {
        value: superCtor, writable: true, configurable: true,
    });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
    validators.validateFunction(original, 'original');
    if (original[kCustomPromisify]) {
        const fn = original[kCustomPromisify];
        validators.validateFunction(fn, 'util.promisify.custom');
        return fn;
    }
    function promisified() {
        const args = Array.prototype.slice.call(arguments);
        const self = this;
        return new Promise(function (resolve, reject) {
            args.push(function (error, value) {
                if (error)
                    reject(error);
                else
                    resolve(value);
            });
            original.apply(self, args);
        });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
    Object.defineProperty(promisified, kCustomPromisify, { value: promisified, configurable: true });
    return promisified;
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
    validators.validateFunction(original, 'original');
    return function callbackified() {
        const args = Array.prototype.slice.call(arguments);
        const callback = args.pop();
        validators.validateFunction(callback, 'last argument');
        const process = require('internal/process');
        original.apply(this, args).then(function (value) {
            process.nextTick(callback, null, value);
        }, function (reason) {
            if (!reason) {
                const wrapped = codes.ERR_FALSY_VALUE_REJECTION();
                wrapped.reason = reason;
                reason = wrapped;
            }
            process.nextTick(callback, reason);
        });
    };
}

const warnedCodes = new Set();

function deprecate(fn, message, code) {
    validators.validateFunction(fn, 'fn');
    let warned = false;
    return function deprecated() {
        if (!warned && !(code !== undefined && warnedCodes.has(code))) {
            warned = true;
            if (code !== undefined)
                warnedCodes.add(code);
            require('internal/process').emitWarning(message, 'DeprecationWarning', code);
        }
        return new.target ? Reflect.construct(fn, arguments, new.target)
                          : fn.apply(this, arguments);
    };
}

function debuglog(section) {
    const sections = String(require('internal/process').env.NODE_DEBUG || '').toUpperCase()
        .split(/[\s,]+/);
    const enabled = sections.indexOf(String(section).toUpperCase()) >= 0;
    const logger = function () {
        if (!enabled)
            return;
        const pid = require('internal/process').pid;
        const text = formatModule.formatWithOptions(undefined,
                                                     Array.prototype.slice.call(arguments));
        internalBinding('native').write(2, String(section).toUpperCase() + ' ' + pid + ': '
                                        + text + '\n');
    };
    logger.enabled = enabled;
    return logger;
}

const tag = function (value) { return Object.prototype.toString.call(value); };

const types = {
    isPromise: function (value) { return promise.isPromise(value); },
    isRegExp: function (value) { return value instanceof RegExp; },
    isDate: function (value) { return value instanceof Date; },
    isNativeError: function (value) { return tag(value) === '[object Error]'; },
    isMap: function (value) { return value instanceof Map; },
    isSet: function (value) { return value instanceof Set; },
    isWeakMap: function (value) { return value instanceof WeakMap; },
    isWeakSet: function (value) { return value instanceof WeakSet; },
    isArrayBuffer: function (value) { return value instanceof ArrayBuffer; },
    isAnyArrayBuffer: function (value) { return value instanceof ArrayBuffer; },
    isArrayBufferView: function (value) { return ArrayBuffer.isView(value); },
    isTypedArray: function (value) {
        return ArrayBuffer.isView(value) && !(value instanceof DataView);
    },
    isUint8Array: function (value) { return value instanceof Uint8Array; },
    isDataView: function (value) { return value instanceof DataView; },
    isBoxedPrimitive: function (value) {
        return value instanceof Number || value instanceof String || value instanceof Boolean;
    },
    isGeneratorFunction: function (value) {
        return typeof value === 'function' && value.constructor
               && value.constructor.name === 'GeneratorFunction';
    },
    isAsyncFunction: function () { return false; },
};

function stripVTControlCharacters(text) {
    validators.validateString(text, 'str');
    return text.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

module.exports = {
    format: formatModule.format,
    formatWithOptions: function formatWithOptions(options) {
        validators.validateObject(options, 'inspectOptions', true);
        return formatModule.formatWithOptions(options, Array.prototype.slice.call(arguments, 1));
    },
    inspect: inspectModule.inspect,
    inherits: inherits,
    promisify: promisify,
    callbackify: callbackify,
    deprecate: deprecate,
    debuglog: debuglog,
    debug: debuglog,
    isDeepStrictEqual: comparisons.isDeepStrictEqual,
    types: types,
    TextEncoder: encoding.TextEncoder,
    TextDecoder: encoding.TextDecoder,
    stripVTControlCharacters: stripVTControlCharacters,
    isArray: Array.isArray,
    isBoolean: function (value) { return typeof value === 'boolean'; },
    isNull: function (value) { return value === null; },
    isNullOrUndefined: function (value) { return value === null || value === undefined; },
    isNumber: function (value) { return typeof value === 'number'; },
    isString: function (value) { return typeof value === 'string'; },
    isSymbol: function (value) { return typeof value === 'symbol'; },
    isUndefined: function (value) { return value === undefined; },
    isRegExp: types.isRegExp,
    isObject: function (value) { return value !== null && typeof value === 'object'; },
    isDate: types.isDate,
    isError: function (value) { return inspectModule.isError(value); },
    isFunction: function (value) { return typeof value === 'function'; },
    isPrimitive: function (value) {
        return value === null || (typeof value !== 'object' && typeof value !== 'function');
    },
};
