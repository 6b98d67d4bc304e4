'use strict';
// Node's internal errors: the ERR_* codes with Node's message texts and classes, and the
// system errors netcore reports ({kind, code, errno, syscall, address, port, message}).

const kSourceLocation = Symbol('kSourceLocation');
let inspectModule = null;

function lazyInspect(value, options) {
    if (inspectModule === null)
        inspectModule = require('internal/inspect');
    return inspectModule.inspect(value, options);
}

function nodeErrorToString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
}

function defineHidden(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, configurable: true, enumerable: false,
    });
}

// An Error of class Base with Node's code: enumerable `code`, and toString() as Node's
// ("TypeError [ERR_X]: message").
function makeNodeError(Base, code, message) {
    const error = new Base(message);
    Object.defineProperty(error, 'code', {
        value: code, writable: true, configurable: true, enumerable: true,
    });
    defineHidden(error, 'toString', nodeErrorToString);
    return error;
}

// Node's determineSpecificType(): how a wrong value is described in messages.
function describeReceived(value) {
    if (value === null || value === undefined)
        return '' + value;
    if (typeof value === 'function' && value.name)
        return 'function ' + value.name;
    if (typeof value === 'object') {
        if (value.constructor && value.constructor.name)
            return 'an instance of ' + value.constructor.name;
        return lazyInspect(value, { depth: -1 });
    }
    let inspected = lazyInspect(value, { colors: false });
    if (inspected.length > 28)
        inspected = inspected.slice(0, 25) + '...';
    return 'type ' + typeof value + ' (' + inspected + ')';
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
                'bigint', 'symbol'];
const classPattern = /^([A-Z][a-z0-9]*)+$/;

function listWords(words, prefix) {
    if (words.length > 2)
        return prefix + words.slice(0, -1).join(', ') + ', or ' + words[words.length - 1];
    if (words.length === 2)
        return prefix + words[0] + ' or ' + words[1];
    return prefix + words[0];
}

function invalidArgTypeMessage(name, expected, actual) {
    if (!Array.isArray(expected))
        expected = [expected];
    let message = 'The ';
    if (name.endsWith(' argument'))
        message += name + ' ';
    else
        message += '"' + name + '" ' + (name.indexOf('.') >= 0 ? 'property' : 'argument') + ' ';
    message += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
        if (kTypes.indexOf(value) >= 0)
            types.push(value.toLowerCase());
        else if (classPattern.test(value))
            instances.push(value);
        else
            other.push(value);
    }
    if (instances.length > 0) {
        const at = types.indexOf('object');
        if (at >= 0) {
            types.splice(at, 1);
            instances.push('Object');
        }
    }
    if (types.length > 0) {
        message += types.length === 1 ? 'of type ' + types[0] : listWords(types, 'one of type ');
        if (instances.length > 0 || other.length > 0)
            message += ' or ';
    }
    if (instances.length > 0) {
        if (instances.length > 2)
            message += listWords(instances, 'an instance of ');
        else
            message += 'an instance of ' + instances.join(' or ');
        if (other.length > 0)
            message += ' or ';
    }
    if (other.length > 0) {
        if (other.length > 1) {
            message += listWords(other, 'one of ');
        } else {
            if (other[0].toLowerCase() !== other[0])
                message += 'an ';
            message += other[0];
        }
    }
    return message + '. Received ' + describeReceived(actual);
}

function addNumericalSeparator(text) {
    let result = '';
    let i = text.length;
    const start = text[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3)
        result = '_' + text.slice(i - 3, i) + result;
    return text.slice(0, i) + result;
}

const builtInToStrings = [Object.prototype.toString, Array.prototype.toString,
                          Error.prototype.toString, Date.prototype.toString,
                          RegExp.prototype.toString];

// Node's %s: an object is inspected unless it has a toString of its own; -0 and BigInts as
// they are written.
function formatArgument(value) {
    if (typeof value === 'number' && value === 0 && 1 / value < 0)
        return '-0';
    if (typeof value === 'bigint')
        return value + 'n';
    if (typeof value === 'object' && value !== null
            && builtInToStrings.indexOf(value.toString) >= 0)
        return lazyInspect(value, { depth: 0, colors: false, compact: 3 });
    return String(value);
}

// The code's template from errorcodes.def with %1, %2, ... filled in one pass.
function fillTemplate(template, args) {
    return template.replace(/%([1-9])/g, function (placeholder, digit) {
        return digit <= args.length ? formatArgument(args[digit - 1]) : placeholder;
    });
}

// Messages Node computes from its arguments; every other code fills its template. The codes,
// their classes and templates come from netcore's table (internal/error_table, generated).
const formatters = {
    ERR_INVALID_ARG_TYPE: invalidArgTypeMessage,
    ERR_INVALID_ARG_VALUE: function (name, value, reason) {
        let inspected = lazyInspect(value);
        if (inspected.length > 128)
            inspected = inspected.slice(0, 128) + '...';
        const type = name.indexOf('.') >= 0 ? 'property' : 'argument';
        return 'The ' + type + " '" + name + "' " + (reason || 'is invalid') + '. Received '
                + inspected;
    },
    ERR_OUT_OF_RANGE: function (name, range, input, replaceDefault) {
        let message = replaceDefault ? name : 'The value of "' + name + '" is out of range.';
        let received;
        if (Number.isInteger(input) && Math.abs(input) > Math.pow(2, 32))
            received = addNumericalSeparator(String(input));
        else
            received = lazyInspect(input);
        return message + ' It must be ' + range + '. Received ' + received;
    },
    ERR_SOCKET_BAD_PORT: function (name, port, allowZero) {
        const operator = allowZero === false ? '>' : '>=';
        return name + ' should be ' + operator + ' 0 and < 65536. Received '
                + describeReceived(port) + '.';
    },
    ERR_MISSING_ARGS: function () {
        const names = Array.prototype.slice.call(arguments).map(function (a) {
            return Array.isArray(a) ? a.map(function (n) { return '"' + n + '"'; }).join(' or ')
                                    : '"' + a + '"';
        });
        let message = 'The ';
        if (names.length === 1)
            message += names[0] + ' argument';
        else if (names.length === 2)
            message += names[0] + ' and ' + names[1] + ' arguments';
        else
            message += names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1]
                    + ' arguments';
        return message + ' must be specified';
    },
    ERR_UNHANDLED_ERROR: function (detail) {
        return detail === undefined ? 'Unhandled error.' : 'Unhandled error. (' + detail + ')';
    },
    ERR_INVALID_RETURN_VALUE: function (input, name, value) {
        return 'Expected ' + input + ' to be returned from the "' + name + '" function but got '
                + describeReceived(value) + '.';
    },
    // Node's limit is a Buffer's (2 GiB); require() names its own as a second argument.
    ERR_FS_FILE_TOO_LARGE: function (size, limit) {
        return 'File size (' + formatArgument(size) + ') is greater than '
                + (limit === undefined ? '2 GiB' : limit);
    },
    ERR_BUFFER_OUT_OF_BOUNDS: function (name) {
        return name ? '"' + name + '" is outside of buffer bounds'
                    : 'Attempt to access memory outside buffer bounds';
    },
};

const table = require('internal/error_table');
for (const code of Object.keys(formatters)) {
    if (table[code] === undefined)
        throw new Error('internal/errors: ' + code + ' is not in errorcodes.def');
}

// codes.ERR_X(...args) makes the error; `new codes.ERR_X(...)` works too.
const codes = {};
for (const code of Object.keys(table)) {
    const Base = table[code][0];
    const template = table[code][1];
    const format = formatters[code];
    codes[code] = function () {
        const message = format ? format.apply(null, arguments) : fillTemplate(template, arguments);
        return makeNodeError(Base, code, message);
    };
}

// netcore's error shape -> an Error with Node's properties, in Node's order.
function fromNative(value) {
    if (value === null || value === undefined)
        return null;
    const Base = value.kind === 'TypeError' ? TypeError
               : value.kind === 'RangeError' ? RangeError : Error;
    if (value.errno === undefined)
        return makeNodeError(Base, value.code, value.message);
    const error = new Base(value.message);
    error.errno = value.errno;
    error.code = value.code;
    error.syscall = value.syscall;
    if (value.hostname !== undefined)
        error.hostname = value.hostname;
    if (value.address !== undefined)
        error.address = value.address;
    if (value.port !== undefined)
        error.port = value.port;
    return error;
}

// Node's AbortError-free "system error" for cases the JS side raises itself.
function systemError(code, message, extra) {
    const error = new Error(message);
    error.code = code;
    if (extra)
        Object.assign(error, extra);
    return error;
}

module.exports = {
    codes: codes,
    makeNodeError: makeNodeError,
    fromNative: fromNative,
    systemError: systemError,
    describeReceived: describeReceived,
    kSourceLocation: kSourceLocation,
    defineHidden: defineHidden,
};
