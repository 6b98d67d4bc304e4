'use strict';
// require('assert'), Node's legacy mode, and assert.strict. Messages and error properties
// (code ERR_ASSERTION, actual, expected, operator, generatedMessage) follow Node 20.

const native = internalBinding('native');
const AssertionError = require('internal/assertion_error').AssertionError;
const comparisons = require('internal/comparisons');
const inspect = require('internal/inspect').inspect;
const isRuntimeFile = require('internal/inspect').isRuntimeFile;
const errors = require('internal/errors');
const codes = errors.codes;

const NO_EXCEPTION = {};

function innerFail(details) {
    if (details.message instanceof Error)
        throw details.message;
    throw new AssertionError(details);
}

function requireTwo(count) {
    if (count < 2)
        throw codes.ERR_MISSING_ARGS('actual', 'expected');
}

// The call that failed, read back from the source like Node does ("assert.ok(x > 1)").
function failedExpression() {
    const stack = String(new Error().stack || '').split('\n');
    for (const line of stack) {
        // The engine drops the frames of tail calls (`() => assert(x)`): then the line found
        // is not the call's, and Node's fallback message is the honest one.
        if (line.indexOf('[elided tail calls]') === 0)
            return null;
        const match = /^(.*)@(?:file:(?:\/\/)?)?(.*):(\d+)$/.exec(line);
        if (!match || match[2].indexOf('node:') === 0 || isRuntimeFile(match[2]))
            continue;
        const source = native.sourceLine(match[2], Number(match[3]));
        const text = source.trim();
        const start = text.search(/assert\b/);
        if (start < 0)
            return null;
        let depth = 0;
        for (let i = start; i < text.length; i++) {
            if (text[i] === '(') {
                depth++;
            } else if (text[i] === ')') {
                depth--;
                if (depth === 0)
                    return text.slice(start, i + 1);
            }
        }
        return text.slice(start);
    }
    return null;
}

function innerOk(fn, count, value, message) {
    if (value)
        return;
    let generated = false;
    if (count === 0) {
        generated = true;
        message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
        const expression = failedExpression();
        if (expression !== null) {
            generated = true;
            message = 'The expression evaluated to a falsy value:\n\n  ' + expression + '\n';
        }
    } else if (message instanceof Error) {
        throw message;
    }
    const error = new AssertionError({ actual: value, expected: true, message: message,
                                       operator: '==' });
    error.generatedMessage = generated || message == null;
    throw error;
}

function ok(value, message) {
    innerOk(ok, arguments.length, value, message);
}

const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(actual, expected, message, operator) {
    const count = arguments.length;
    let internal = false;
    if (actual == null && count <= 1) {
        internal = true;
        message = 'Failed';
    } else if (count === 1) {
        message = actual;
        actual = undefined;
    } else if (count === 2) {
        operator = '!=';
    }
    if (message instanceof Error)
        throw message;
    const error = new AssertionError({ actual: actual, expected: expected, message: message,
                                       operator: operator === undefined ? 'fail' : operator });
    if (internal)
        error.generatedMessage = true;
    throw error;
};

assert.equal = function equal(actual, expected, message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected)))
        innerFail({ actual: actual, expected: expected, message: message, operator: '==' });
};

assert.notEqual = function notEqual(actual, expected, message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected)))
        innerFail({ actual: actual, expected: expected, message: message, operator: '!=' });
};

assert.strictEqual = function strictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!Object.is(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'strictEqual' });
    }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (Object.is(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notStrictEqual' });
    }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!comparisons.isDeepEqual(actual, expected))
        innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (comparisons.isDeepEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notDeepEqual' });
    }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (!comparisons.isDeepStrictEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'deepStrictEqual' });
    }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (comparisons.isDeepStrictEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notDeepStrictEqual' });
    }
};

// ---- throws and friends -----------------------------------------------------------------

class Comparison {
    constructor(object, keys, actual) {
        for (const key of keys) {
            if (key in object) {
                if (actual !== undefined && typeof actual[key] === 'string'
                    && object[key] instanceof RegExp && object[key].exec(actual[key]) !== null) {
                    this[key] = actual[key];
                } else {
                    this[key] = object[key];
                }
            }
        }
    }
}

function compareExceptionKey(actual, expected, key, message, keys, operator) {
    if (!(key in actual) || !comparisons.isDeepStrictEqual(actual[key], expected[key])) {
        if (!message) {
            const error = new AssertionError({
                actual: new Comparison(actual, keys),
                expected: new Comparison(expected, keys, actual),
                operator: 'deepStrictEqual',
            });
            error.actual = actual;
            error.expected = expected;
            error.operator = operator;
            throw error;
        }
        innerFail({ actual: actual, expected: expected, message: message, operator: operator });
    }
}

function isError(value) {
    return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

function expectedException(actual, expected, message, operator) {
    let generated = false;
    let fail = false;
    if (typeof expected !== 'function') {
        if (expected instanceof RegExp) {
            const text = String(actual);
            if (expected.exec(text) !== null)
                return;
            if (!message) {
                generated = true;
                message = 'The input did not match the regular expression ' + inspect(expected)
                          + '. Input:\n\n' + inspect(text) + '\n';
            }
            fail = true;
        } else if (typeof actual !== 'object' || actual === null) {
            const error = new AssertionError({ actual: actual, expected: expected,
                                               message: message, operator: 'deepStrictEqual' });
            error.operator = operator;
            throw error;
        } else {
            const keys = Object.keys(expected);
            if (expected instanceof Error)
                keys.push('name', 'message');
            else if (keys.length === 0)
                throw codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
            for (const key of keys) {
                if (typeof actual[key] === 'string' && expected[key] instanceof RegExp
                    && expected[key].exec(actual[key]) !== null) {
                    continue;
                }
                compareExceptionKey(actual, expected, key, message, keys, operator);
            }
            return;
        }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
        return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
        if (!message) {
            generated = true;
            message = 'The error is expected to be an instance of "' + expected.name
                      + '". Received ';
            if (isError(actual)) {
                const name = (actual.constructor && actual.constructor.name) || actual.name;
                message += expected.name === name
                        ? 'an error with identical name but a different prototype.'
                        : '"' + name + '"';
                if (actual.message)
                    message += '\n\nError message:\n\n' + actual.message;
            } else {
                message += '"' + inspect(actual, { depth: -1 }) + '"';
            }
        }
        fail = true;
    } else {
        const result = expected.call({}, actual);
        if (result !== true) {
            if (!message) {
                generated = true;
                const name = expected.name ? '"' + expected.name + '" ' : '';
                message = 'The ' + name + 'validation function is expected to return "true".'
                          + ' Received ' + inspect(result);
                if (isError(actual))
                    message += '\n\nCaught error:\n\n' + actual;
            }
            fail = true;
        }
    }
    if (fail) {
        const error = new AssertionError({ actual: actual, expected: expected, message: message,
                                           operator: operator });
        error.generatedMessage = generated;
        throw error;
    }
}

function getActual(fn) {
    if (typeof fn !== 'function')
        throw codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    try {
        fn();
    } catch (error) {
        return error;
    }
    return NO_EXCEPTION;
}

function expectsError(operator, kind, actual, error, message, count) {
    if (typeof error === 'string') {
        if (count === 2)
            throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'],
                                             error);
        if (typeof actual === 'object' && actual !== null) {
            if (actual.message === error) {
                throw codes.ERR_AMBIGUOUS_ARGUMENT('error/message', 'The error message "'
                                                   + actual.message
                                                   + '" is identical to the message.');
            }
        } else if (actual === error) {
            throw codes.ERR_AMBIGUOUS_ARGUMENT('error/message', 'The error "' + actual
                                               + '" is identical to the message.');
        }
        message = error;
        error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'],
                                         error);
    }
    if (actual === NO_EXCEPTION) {
        let details = '';
        if (error && error.name)
            details += ' (' + error.name + ')';
        details += message ? ': ' + message : '.';
        innerFail({ actual: undefined, expected: error, operator: operator,
                    message: 'Missing expected ' + kind + details });
    }
    if (!error)
        return;
    expectedException(actual, error, message, operator);
}

function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
        if (expected instanceof RegExp)
            return expected.exec(String(actual)) !== null;
        throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected)
        return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected))
        return false;
    return expected.call({}, actual) === true;
}

function expectsNoError(operator, kind, actual, error, message) {
    if (actual === NO_EXCEPTION)
        return;
    if (typeof error === 'string') {
        message = error;
        error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
        const details = message ? ': ' + message : '.';
        innerFail({ actual: actual, expected: error, operator: operator,
                    message: 'Got unwanted ' + kind + details + '\nActual message: "'
                             + (actual && actual.message) + '"' });
    }
    throw actual;
}

assert.throws = function throws(fn, error, message) {
    expectsError('throws', 'exception', getActual(fn), error, message,
                 arguments.length - 1);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
    expectsNoError('doesNotThrow', 'exception', getActual(fn), error, message);
};

function waitForActual(promiseFn) {
    return Promise.resolve().then(function () {
        let result;
        if (typeof promiseFn === 'function') {
            result = promiseFn();
            if (result === null || typeof result !== 'object' || typeof result.then !== 'function')
                throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', result);
        } else if (promiseFn !== null && typeof promiseFn === 'object'
                   && typeof promiseFn.then === 'function') {
            result = promiseFn;
        } else {
            throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
        }
        return result.then(function () { return NO_EXCEPTION; },
                           function (reason) { return reason; });
    });
}

assert.rejects = function rejects(promiseFn, error, message) {
    const count = arguments.length - 1;
    return waitForActual(promiseFn).then(function (actual) {
        expectsError('rejects', 'rejection', actual, error, message, count);
    });
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
    return waitForActual(promiseFn).then(function (actual) {
        expectsNoError('doesNotReject', 'rejection', actual, error, message);
    });
};

assert.ifError = function ifError(error) {
    if (error === null || error === undefined)
        return;
    let message = 'ifError got unwanted exception: ';
    if (typeof error === 'object' && typeof error.message === 'string') {
        if (error.message.length === 0 && error.constructor)
            message += error.constructor.name;
        else
            message += error.message;
    } else {
        message += inspect(error);
    }
    throw new AssertionError({ actual: error, expected: null, operator: 'ifError',
                               message: message });
};

function internalMatch(string, regexp, message, operator, wanted) {
    if (!(regexp instanceof RegExp))
        throw codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== wanted) {
        if (message instanceof Error)
            throw message;
        const generated = !message;
        message = message || (typeof string !== 'string'
                ? 'The "string" argument must be of type string. Received type '
                  + typeof string + ' (' + inspect(string) + ')'
                : (wanted ? 'The input did not match the regular expression '
                          : 'The input was expected to not match the regular expression ')
                  + inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
        const error = new AssertionError({ actual: string, expected: regexp, message: message,
                                           operator: operator });
        error.generatedMessage = generated;
        throw error;
    }
}

assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, 'match', true);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, 'doesNotMatch', false);
};

function strict(value, message) {
    innerOk(strict, arguments.length, value, message);
}
for (const key of Object.keys(assert))
    strict[key] = assert[key];
strict.equal = assert.strictEqual;
strict.notEqual = assert.notStrictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
