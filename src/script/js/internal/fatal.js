'use strict';
// The report of an uncaught exception, as Node prints it: where it was thrown (file:line, the
// source line, a caret when the column is known), then util.inspect() of the error.

const native = internalBinding('native');
const errors = require('internal/errors');
const inspectModule = require('internal/inspect');

// The first frame of the script's own code ("name@file:///path.js:12").
function locationFromStack(error) {
    let stack;
    try {
        stack = error.stack;
    } catch (ignored) {
        return null;
    }
    for (const line of String(stack || '').split('\n')) {
        const match = /^(.*)@(file:(?:\/\/)?)?(.*):(\d+)$/.exec(line);
        if (match && match[3].indexOf('node:') !== 0 && !inspectModule.isRuntimeFile(match[3]))
            return { file: match[3], key: match[3], line: Number(match[4]), column: 0 };
    }
    return null;
}

function formatFatal(error) {
    const isObject = error !== null && (typeof error === 'object' || typeof error === 'function');
    if (!isObject || !inspectModule.isError(error)) {
        // Where a value that is not an Error was thrown is not known to the engine.
        return 'Uncaught ' + inspectModule.inspect(error) + '\n'
               + '(a value that is not an Error was thrown: throw an Error to see where)\n';
    }
    let text = '';
    const location = error[errors.kSourceLocation] || locationFromStack(error);
    if (location) {
        text += location.file + ':' + location.line
                + (location.column > 0 ? ':' + location.column : '') + '\n';
        const source = native.sourceLine(location.key, location.line);
        if (source !== '') {
            text += source + '\n';
            if (location.column > 0)
                text += ' '.repeat(location.column - 1) + '^\n';
        }
        text += '\n';
    }
    // A syntax error's stack is the loader's, of no use to the script's author.
    if (error[errors.kSourceLocation])
        return text + inspectModule.errorHeader(error) + '\n';
    return text + inspectModule.inspect(error) + '\n';
}

module.exports = { formatFatal: formatFatal };
