'use strict';
// util.format() and util.formatWithOptions(): Node's placeholders (%s %d %i %f %j %o %O %c %%)
// and the joining of the other arguments with util.inspect().

const inspectModule = require('internal/inspect');
const inspect = inspectModule.inspect;
const formatNumber = inspectModule.formatNumber;

const builtInConstructors = ['Object', 'Error', 'Array', 'Function', 'Number', 'String',
                             'Boolean', 'Date', 'RegExp', 'Map', 'Set', 'Promise', 'Symbol',
                             'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError'];

function hasBuiltInToString(value) {
    if (typeof value.toString !== 'function')
        return true;
    if (Object.prototype.hasOwnProperty.call(value, 'toString'))
        return false;
    let pointer = value;
    do {
        pointer = Object.getPrototypeOf(pointer);
    } while (pointer !== null && !Object.prototype.hasOwnProperty.call(pointer, 'toString'));
    if (pointer === null)
        return true;
    const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function'
           && builtInConstructors.indexOf(descriptor.value.name) >= 0;
}

function tryStringify(value) {
    try {
        return JSON.stringify(value);
    } catch (error) {
        if (error instanceof TypeError && /circular/i.test(String(error.message)))
            return '[Circular]';
        throw error;
    }
}

function formatWithOptions(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let text = '';
    let join = '';
    if (typeof first === 'string') {
        if (args.length === 1)
            return first;
        let lastPos = 0;
        let piece;
        for (let i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37)  // '%'
                continue;
            const next = first.charCodeAt(++i);
            if (a + 1 !== args.length) {
                switch (next) {
                case 115: {  // s
                    const arg = args[++a];
                    if (typeof arg === 'number')
                        piece = formatNumber(arg);
                    else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg))
                        piece = String(arg);
                    else
                        piece = inspect(arg, Object.assign({}, inspectOptions, { depth: 0 }));
                    break;
                }
                case 106:  // j
                    piece = tryStringify(args[++a]);
                    break;
                case 100: {  // d
                    const arg = args[++a];
                    piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(Number(arg));
                    break;
                }
                case 79:  // O
                    piece = inspect(args[++a], inspectOptions);
                    break;
                case 111:  // o
                    piece = inspect(args[++a], Object.assign({}, inspectOptions,
                                    { showHidden: true, showProxy: true, depth: 4 }));
                    break;
                case 105: {  // i
                    const arg = args[++a];
                    piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseInt(arg));
                    break;
                }
                case 102: {  // f
                    const arg = args[++a];
                    piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg));
                    break;
                }
                case 99:  // c
                    a += 1;
                    piece = '';
                    break;
                case 37:  // %
                    text += first.slice(lastPos, i);
                    lastPos = i + 1;
                    continue;
                default:
                    continue;
                }
                if (lastPos !== i - 1)
                    text += first.slice(lastPos, i - 1);
                text += piece;
                lastPos = i + 1;
            } else if (next === 37) {
                text += first.slice(lastPos, i);
                lastPos = i + 1;
            }
        }
        if (lastPos !== 0) {
            a++;
            join = ' ';
            if (lastPos < first.length)
                text += first.slice(lastPos);
        }
    }
    while (a < args.length) {
        const value = args[a];
        text += join;
        text += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
        join = ' ';
        a++;
    }
    return text;
}

function format() {
    return formatWithOptions(undefined, Array.prototype.slice.call(arguments));
}

module.exports = {
    format: format,
    formatWithOptions: formatWithOptions,
};
