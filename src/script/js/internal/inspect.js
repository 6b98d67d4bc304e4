'use strict';
// util.inspect() with Node's output for plain values: quoting, key style,
// depth 2, circular references, the 80-column single-line rule ("compact: 3") and the
// grouping of long arrays into columns. Colors and showProxy are not supported.

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const keyPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const layout = require('internal/inspect_layout');
const kObjectType = layout.kObjectType;
const kArrayType = layout.kArrayType;
const kArrayExtrasType = layout.kArrayExtrasType;
const reduceToSingleString = layout.reduceToSingleString;

const defaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
    getters: false, numericSeparator: false,
};

function inspect(value, options) {
    const ctx = {
        budget: {}, indentationLvl: 0, seen: [], currentDepth: 0, circular: undefined,
    };
    for (const key of Object.keys(defaultOptions))
        ctx[key] = defaultOptions[key];
    if (arguments.length > 1 && typeof options === 'boolean')
        ctx.showHidden = options;
    else if (options !== null && typeof options === 'object')
        Object.assign(ctx, options);
    if (arguments.length > 2 && arguments[2] !== undefined)
        ctx.depth = arguments[2];
    if (ctx.depth === Infinity)
        ctx.depth = null;
    return formatValue(ctx, value, 0);
}
inspect.custom = customInspect;
Object.defineProperty(inspect, 'defaultOptions', {
    get: function () { return defaultOptions; },
    set: function (options) { Object.assign(defaultOptions, options); },
});

// ---- primitives -------------------------------------------------------------------------

const escapes = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\\': '\\\\' };

function escapeChar(ch, quote) {
    if (ch === quote)
        return '\\' + ch;
    if (escapes[ch] !== undefined)
        return escapes[ch];
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f)
        return '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
    return ch;
}

function strEscape(text) {
    let quote = "'";
    if (text.indexOf("'") >= 0) {
        if (text.indexOf('"') < 0)
            quote = '"';
        else if (text.indexOf('`') < 0 && text.indexOf('${') < 0)
            quote = '`';
    }
    let result = '';
    for (let i = 0; i < text.length; i++)
        result += escapeChar(text[i], quote);
    return quote + result + quote;
}

function formatNumber(value) {
    if (Object.is(value, -0))
        return '-0';
    return String(value);
}

function splitLines(text) {
    const lines = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
            lines.push(text.slice(start, i + 1));
            start = i + 1;
        }
    }
    if (start < text.length)
        lines.push(text.slice(start));
    return lines;
}

function formatString(ctx, value) {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > 16
        && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitLines(value).map(strEscape)
            .join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
    }
    return strEscape(value) + trailer;
}

function formatPrimitive(ctx, value) {
    switch (typeof value) {
    case 'string': return formatString(ctx, value);
    case 'number': return formatNumber(value);
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
    default: return String(value);
    }
}

// ---- classification ---------------------------------------------------------------------

const toTag = function (value) { return Object.prototype.toString.call(value); };

function isError(value) {
    return value instanceof Error || toTag(value) === '[object Error]';
}

function isTypedArray(value) {
    return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function isInstance(value, constructor) {
    try {
        return value instanceof constructor;
    } catch (ignored) {
        return false;
    }
}

function getConstructorName(value) {
    let object = value;
    while (object !== null && object !== undefined) {
        const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function'
            && descriptor.value.name !== '' && isInstance(value, descriptor.value)) {
            return descriptor.value.name;
        }
        object = Object.getPrototypeOf(object);
    }
    return null;
}

function getPrefix(constructor, tag, fallback, size) {
    size = size || '';
    if (constructor === null) {
        if (tag !== '' && fallback !== tag)
            return '[' + fallback + size + ': null prototype] [' + tag + '] ';
        return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag)
        return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
}

function getKeys(value, showHidden) {
    const keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
    const symbols = Object.getOwnPropertySymbols(value);
    for (const symbol of symbols) {
        if (showHidden || Object.prototype.propertyIsEnumerable.call(value, symbol))
            keys.push(symbol);
    }
    return keys;
}

function nonIndexKeys(value, showHidden) {
    return getKeys(value, showHidden).filter(function (key) {
        return typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key)
               || Number(key) >= value.length;
    }).filter(function (key) { return !(showHidden && key === 'length'); });
}

// ---- errors -----------------------------------------------------------------------------

// A frame of the runtime's own modules names qrc:/netbench/script/<id>.mjs when the module
// was compiled from its source, and only <name>.mjs, the last part, when it was loaded as
// bytecode built ahead of time (the engine names those so). A script's file always comes
// with its folder.
const runtimePrefix = 'qrc:/netbench/script/';
const bytecodeFile = /^([a-z_]+)\.mjs$/;

function isRuntimeFile(file) {
    return file.indexOf(runtimePrefix) === 0 || bytecodeFile.test(file);
}

// Node calls its own modules "node:<id>".
function sourceName(file) {
    if (file.indexOf(runtimePrefix) === 0)
        return 'node:' + file.slice(runtimePrefix.length).replace(/\.mjs$/, '');
    const bytecode = bytecodeFile.exec(file);
    if (bytecode)
        return 'node:' + (require.isPublic(bytecode[1]) ? '' : 'internal/') + bytecode[1];
    return file;
}

// The engine writes frames as "name@file:line"; Node writes "    at name (file:line:col)".
// The engine records every frame; V8 keeps Error.stackTraceLimit of them (a stack overflow's
// report would otherwise run to thousands of lines).
function convertStack(stack) {
    const lines = [];
    const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
    for (const line of String(stack || '').split('\n')) {
        if (lines.length >= limit)
            break;
        const match = /^(.*)@(?:file:(?:\/\/)?)?(.*):(\d+)$/.exec(line);
        if (!match) {
            if (line !== '' && line.indexOf('[elided tail calls]') !== 0)
                lines.push('    at ' + line);
            continue;
        }
        const name = match[1] === '%entry' ? '' : match[1];
        const where = sourceName(match[2]) + ':' + match[3];
        lines.push(name ? '    at ' + name + ' (' + where + ')' : '    at ' + where);
    }
    return lines;
}

// Node's errors with a code show it in the stack's first line ("TypeError [ERR_X]: ..."),
// because the stack was taken with that name; here their toString() says the same.
function errorHeader(error) {
    if (typeof error.code === 'string' && typeof error.toString === 'function'
        && error.toString !== Error.prototype.toString) {
        try {
            const text = String(error.toString());
            if (text.indexOf(String(error.name) + ' [' + error.code + ']') === 0)
                return text;
        } catch (ignored) {
            // fall through to the plain form
        }
    }
    const name = error.name != null ? String(error.name) : 'Error';
    const message = error.message != null ? String(error.message) : '';
    return message === '' ? name : name + ': ' + message;
}

function formatError(ctx, error, keys) {
    for (const key of ['name', 'message', 'stack']) {
        const at = keys.indexOf(key);
        if (at >= 0 && typeof error[key] === 'string')
            keys.splice(at, 1);
    }
    if (error.cause !== undefined && keys.indexOf('cause') < 0
        && Object.prototype.hasOwnProperty.call(error, 'cause')) {
        keys.push('cause');
    }
    const frames = convertStack(error.stack);
    let text = errorHeader(error);
    text = frames.length === 0 ? '[' + text + ']' : text + '\n' + frames.join('\n');
    if (ctx.indentationLvl !== 0)
        text = text.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
    return text;
}

// ---- the formatter ----------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function')
        return formatPrimitive(ctx, value);
    if (value === null)
        return 'null';
    if (ctx.customInspect) {
        const maybeCustom = value[customInspect];
        if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
            const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
            const options = Object.assign({}, ctx, { depth: depth });
            const result = maybeCustom.call(value, depth, options, inspect);
            if (result !== value) {
                if (typeof result !== 'string')
                    return formatValue(ctx, result, recurseTimes);
                return result.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
            }
        }
    }
    if (ctx.seen.indexOf(value) >= 0) {
        let index = 1;
        if (ctx.circular === undefined) {
            ctx.circular = new Map();
            ctx.circular.set(value, index);
        } else {
            index = ctx.circular.get(value);
            if (index === undefined) {
                index = ctx.circular.size + 1;
                ctx.circular.set(value, index);
            }
        }
        return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
}

function functionBase(value, constructor, tag) {
    let type = 'Function';
    if (constructor === 'GeneratorFunction')
        type = 'GeneratorFunction';
    else if (constructor === 'AsyncFunction')
        type = 'AsyncFunction';
    let base = '[' + type;
    if (constructor === null)
        base += ' (null prototype)';
    base += value.name === '' ? ' (anonymous)' : ': ' + value.name;
    base += ']';
    if (constructor !== type && constructor !== null)
        base += ' ' + constructor;
    if (tag !== '' && constructor !== tag)
        base += ' [' + tag + ']';
    return base;
}

function boxedBase(value, keys, constructor, tag) {
    let type;
    let inner;
    if (value instanceof Number) {
        type = 'Number';
        inner = formatNumber(value.valueOf());
    } else if (value instanceof String) {
        type = 'String';
        inner = strEscape(value.valueOf());
        keys.splice(0, value.length);
    } else if (value instanceof Boolean) {
        type = 'Boolean';
        inner = String(value.valueOf());
    } else {
        type = 'Symbol';
        inner = value.valueOf().toString();
    }
    let base = '[' + type;
    if (type !== constructor)
        base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
    base += ': ' + inner + ']';
    if (tag !== '' && tag !== constructor)
        base += ' [' + tag + ']';
    return base;
}

function isBoxed(value) {
    return value instanceof Number || value instanceof String || value instanceof Boolean
           || (typeof Symbol === 'function' && value instanceof Symbol);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const constructor = getConstructorName(value);
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== 'string' || tag === constructor)
        tag = '';
    let base = '';
    let formatter = function () { return []; };
    let braces;
    let extrasType = kObjectType;
    const promiseState = require('internal/promise').promiseState(value);

    if (Array.isArray(value)) {
        const prefix = constructor !== 'Array' || tag !== ''
                ? getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = nonIndexKeys(value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0)
            return braces[0] + ']';
        extrasType = kArrayExtrasType;
        formatter = formatArray;
    } else if (value instanceof Set) {
        const prefix = getPrefix(constructor, tag, 'Set', '(' + value.size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatSet;
        if (value.size === 0 && keys.length === 0)
            return prefix + '{}';
        braces = [prefix + '{', '}'];
    } else if (value instanceof Map) {
        const prefix = getPrefix(constructor, tag, 'Map', '(' + value.size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatMap;
        if (value.size === 0 && keys.length === 0)
            return prefix + '{}';
        braces = [prefix + '{', '}'];
    } else if (isTypedArray(value)) {
        keys = nonIndexKeys(value, ctx.showHidden);
        const fallback = toTag(value).slice(8, -1);
        const prefix = getPrefix(constructor, tag, fallback, '(' + value.length + ')');
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden)
            return braces[0] + ']';
        formatter = formatTypedArray;
        extrasType = kArrayExtrasType;
    } else {
        keys = getKeys(value, ctx.showHidden);
        braces = ['{', '}'];
        if (constructor === 'Object' && toTag(value) === '[object Arguments]') {
            braces[0] = '[Arguments] [';
            braces[1] = ']';
            extrasType = kArrayExtrasType;
            formatter = formatArray;
            keys = nonIndexKeys(value, ctx.showHidden);
        } else if (constructor === 'Object') {
            if (tag !== '')
                braces[0] = getPrefix(constructor, tag, 'Object') + '{';
            if (keys.length === 0)
                return braces[0] + '}';
        } else if (typeof value === 'function') {
            base = functionBase(value, constructor, tag);
            keys = keys.filter(function (k) { return k !== 'prototype'; });
            if (keys.length === 0)
                return base;
        } else if (value instanceof RegExp) {
            base = RegExp.prototype.toString.call(value);
            const prefix = getPrefix(constructor, tag, 'RegExp');
            if (prefix !== 'RegExp ')
                base = prefix + base;
            if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth))
                return base;
        } else if (value instanceof Date) {
            base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
            const prefix = getPrefix(constructor, tag, 'Date');
            if (prefix !== 'Date ')
                base = prefix + base;
            if (keys.length === 0)
                return base;
        } else if (isError(value)) {
            base = formatError(ctx, value, keys);
            if (keys.length === 0)
                return base;
        } else if (value instanceof ArrayBuffer) {
            const prefix = getPrefix(constructor, tag, 'ArrayBuffer');
            if (typedArray === undefined)
                formatter = formatArrayBuffer;
            else if (keys.length === 0)
                return prefix + '{ byteLength: ' + value.byteLength + ' }';
            braces[0] = prefix + '{';
            keys.unshift('byteLength');
        } else if (promiseState !== null) {
            braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
            formatter = function (ctx2, v, depth) {
                if (promiseState.state === 'pending')
                    return ['<pending>'];
                ctx2.indentationLvl += 2;
                const text = formatValue(ctx2, promiseState.value, depth);
                ctx2.indentationLvl -= 2;
                return [promiseState.state === 'rejected' ? '<rejected> ' + text : text];
            };
        } else if (value instanceof WeakMap || value instanceof WeakSet) {
            braces[0] = getPrefix(constructor, tag, value instanceof WeakMap ? 'WeakMap'
                                                                              : 'WeakSet') + '{';
            formatter = function () { return ['<items unknown>']; };
        } else if (isBoxed(value)) {
            base = boxedBase(value, keys, constructor, tag);
            if (keys.length === 0)
                return base;
        } else {
            if (keys.length === 0)
                return getPrefix(constructor, tag, 'Object') + '{}';
            braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
    }

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
        let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
        if (constructor !== null)
            name = '[' + name + ']';
        return name;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    const output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++)
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    if (ctx.circular !== undefined) {
        const index = ctx.circular.get(value);
        if (index !== undefined) {
            const reference = '<ref *' + index + '>';
            base = base === '' ? reference : reference + ' ' + base;
        }
    }
    ctx.seen.pop();
    if (ctx.sorted) {
        // Properties, and Set and Map entries; an array's or a typed array's elements keep
        // their order, only the keys after them are sorted (Node's formatRaw()).
        const comparator = typeof ctx.sorted === 'function' ? ctx.sorted : undefined;
        if (extrasType === kObjectType) {
            output.sort(comparator);
        } else if (keys.length > 1) {
            const start = output.length - keys.length;
            const sortedKeys = output.slice(start).sort(comparator);
            for (let i = 0; i < sortedKeys.length; i++)
                output[start + i] = sortedKeys[i];
        }
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function formatProperty(ctx, value, recurseTimes, key, type, descriptor) {
    let text;
    const desc = descriptor || Object.getOwnPropertyDescriptor(value, key)
                 || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
        ctx.indentationLvl += 2;
        text = formatValue(ctx, desc.value, recurseTimes);
        ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
        text = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else if (desc.set !== undefined) {
        text = '[Setter]';
    } else {
        text = 'undefined';
    }
    if (type === kArrayType)
        return text;
    let name;
    if (typeof key === 'symbol')
        name = '[' + key.toString() + ']';
    else if (key === '__proto__')
        name = "['__proto__']";
    else if (desc.enumerable === false)
        name = '[' + key + ']';
    else if (keyPattern.test(key))
        name = key;
    else
        name = strEscape(key);
    return name + ': ' + text;
}

function remainingText(count) {
    return '... ' + count + ' more item' + (count > 1 ? 's' : '');
}

function formatArray(ctx, value, recurseTimes) {
    const length = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
    const output = [];
    let holes = 0;
    for (let i = 0; i < length; i++) {
        if (!Object.prototype.hasOwnProperty.call(value, i)) {
            holes++;
            continue;
        }
        if (holes > 0) {
            output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
            holes = 0;
        }
        output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (holes > 0)
        output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
    if (value.length > length)
        output.push(remainingText(value.length - length));
    return output;
}

function formatTypedArray(ctx, value) {
    const length = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
    const output = [];
    for (let i = 0; i < length; i++)
        output.push(formatNumber(value[i]));
    if (value.length > length)
        output.push(remainingText(value.length - length));
    return output;
}

function hexBytes(bytes, max) {
    let text = '';
    const shown = Math.min(bytes.length, max);
    for (let i = 0; i < shown; i++)
        text += (i > 0 ? ' ' : '') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    if (bytes.length > max)
        text += ' ... ' + (bytes.length - max) + ' more byte' + (bytes.length - max > 1 ? 's' : '');
    return text;
}

function formatArrayBuffer(ctx, value) {
    return ['[Uint8Contents]: <' + hexBytes(new Uint8Array(value), ctx.maxArrayLength) + '>'];
}

function formatSet(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const entry of value)
        output.push(formatValue(ctx, entry, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
}

function formatMap(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const entry of value) {
        output.push(formatValue(ctx, entry[0], recurseTimes) + ' => '
                    + formatValue(ctx, entry[1], recurseTimes));
    }
    ctx.indentationLvl -= 2;
    return output;
}

module.exports = {
    inspect: inspect,
    formatNumber: formatNumber,
    convertStack: convertStack,
    sourceName: sourceName,
    isRuntimeFile: isRuntimeFile,
    errorHeader: errorHeader,
    hexBytes: hexBytes,
    isError: isError,
};
