'use strict';
// The global console: log/info/debug to stdout, error/warn/trace to stderr, each line made
// by util.format(); plus dir, assert, count, time and group as Node has them.

const native = internalBinding('native');
const inspectModule = require('internal/inspect');
const formatModule = require('internal/format');

let groupIndent = '';
const counts = new Map();
const timers = new Map();

function print(fd, args) {
    let text = formatModule.formatWithOptions(undefined, args);
    if (groupIndent !== '')
        text = groupIndent + text.split('\n').join('\n' + groupIndent);
    // Through the stream, as Node's console, which swallows the stream's first write error
    // (`netbench run x.js | head` ends quietly if nothing is logged after): a listener that
    // ignores it is there during the write and, if the write fails, until its 'error' has come.
    // Output after that 'error' fails as process.stdout.write() does, fatal unhandled.
    const process = require('internal/process');
    const stream = fd === 1 ? process.stdout : process.stderr;
    try {
        if (stream.listenerCount('error') === 0)
            stream.once('error', ignoreError);
        stream.write(text + '\n', function ignoreFirstError(error) {
            if (error !== null && error !== undefined && !stream._errorEmitted
                && stream.listenerCount('error') === 0)
                stream.once('error', ignoreError);
        });
    } catch (error) {
        if (error instanceof RangeError && /call stack/.test(error.message))
            throw error;
    } finally {
        stream.removeListener('error', ignoreError);
    }
}

function ignoreError() {}

function toStdout() {
    print(1, Array.prototype.slice.call(arguments));
}

function toStderr() {
    print(2, Array.prototype.slice.call(arguments));
}

function elapsed(label) {
    const start = timers.get(label);
    if (start === undefined)
        return null;
    const ms = native.hrtime();
    const value = (ms[0] - start[0]) * 1e3 + (ms[1] - start[1]) / 1e6;
    if (value >= 1000)
        return (value / 1000).toFixed(3) + 's';
    return value.toFixed(3) + 'ms';
}

function warnMissing(kind, label) {
    require('internal/process').emitWarning("No such label '" + label + "' for console." + kind
                                            + '()');
}

const console = {
    log: toStdout,
    info: toStdout,
    debug: toStdout,
    error: toStderr,
    warn: toStderr,
    dir: function dir(value, options) {
        print(1, [inspectModule.inspect(value, Object.assign({ customInspect: false }, options))]);
    },
    trace: function trace() {
        const message = formatModule.formatWithOptions(undefined,
                                                        Array.prototype.slice.call(arguments));
        const frames = inspectModule.convertStack(new Error().stack).slice(1);
        print(2, ['Trace' + (message ? ': ' + message : '') + '\n' + frames.join('\n')]);
    },
    assert: function assert(condition) {
        if (condition)
            return;
        const rest = Array.prototype.slice.call(arguments, 1);
        if (rest.length === 0) {
            print(2, ['Assertion failed']);
        } else if (typeof rest[0] === 'string') {
            rest[0] = 'Assertion failed: ' + rest[0];
            print(2, rest);
        } else {
            print(2, ['Assertion failed:'].concat(rest));
        }
    },
    count: function count(label) {
        label = label === undefined ? 'default' : String(label);
        const value = (counts.get(label) || 0) + 1;
        counts.set(label, value);
        print(1, [label + ': ' + value]);
    },
    countReset: function countReset(label) {
        label = label === undefined ? 'default' : String(label);
        if (!counts.has(label))
            warnMissing('countReset', label);
        counts.delete(label);
    },
    time: function time(label) {
        label = label === undefined ? 'default' : String(label);
        if (timers.has(label)) {
            require('internal/process').emitWarning("Label '" + label
                                                    + "' already exists for console.time()");
            return;
        }
        timers.set(label, native.hrtime());
    },
    timeEnd: function timeEnd(label) {
        label = label === undefined ? 'default' : String(label);
        const text = elapsed(label);
        if (text === null)
            return warnMissing('timeEnd', label);
        timers.delete(label);
        print(1, [label + ': ' + text]);
    },
    timeLog: function timeLog(label) {
        label = label === undefined ? 'default' : String(label);
        const text = elapsed(label);
        if (text === null)
            return warnMissing('timeLog', label);
        print(1, [label + ': ' + text].concat(Array.prototype.slice.call(arguments, 1)));
    },
    group: function group() {
        if (arguments.length > 0)
            print(1, Array.prototype.slice.call(arguments));
        groupIndent += '  ';
    },
    groupEnd: function groupEnd() {
        groupIndent = groupIndent.slice(0, Math.max(0, groupIndent.length - 2));
    },
    table: function table(data) {
        print(1, [data]);
    },
};
console.groupCollapsed = console.group;

module.exports = console;
