'use strict';
// Node's deep equality (lib/internal/util/comparisons.js): isDeepStrictEqual compares with
// Object.is, prototypes and type tags; isDeepEqual is the loose (==) variant. Cycles are
// handled with a memo of pairs already under comparison.

function isPrimitive(value) {
    return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

const tagOf = function (value) { return Object.prototype.toString.call(value); };

function isError(value) {
    return value instanceof Error || tagOf(value) === '[object Error]';
}

function isBoxed(value) {
    return value instanceof Number || value instanceof String || value instanceof Boolean
           || value instanceof Symbol;
}

function ownKeys(value, strict) {
    const keys = Object.keys(value);
    if (strict) {
        for (const symbol of Object.getOwnPropertySymbols(value)) {
            if (Object.prototype.propertyIsEnumerable.call(value, symbol))
                keys.push(symbol);
        }
    }
    return keys;
}

function nonIndexKeys(value, strict) {
    return ownKeys(value, strict).filter(function (key) {
        return typeof key === 'symbol' || !/^(0|[1-9][0-9]*)$/.test(key);
    });
}

function sameBytes(a, b) {
    if (a.byteLength !== b.byteLength)
        return false;
    const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength);
    const y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
    for (let i = 0; i < x.length; i++) {
        if (x[i] !== y[i])
            return false;
    }
    return true;
}

function innerDeepEqual(a, b, strict, memos) {
    if (a === b)
        return a !== 0 || !strict || Object.is(a, b);
    if (strict) {
        if (typeof a !== 'object')
            return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
        if (typeof b !== 'object' || a === null || b === null)
            return false;
        if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
            return false;
    } else {
        if (a === null || typeof a !== 'object') {
            if (b === null || typeof b !== 'object')
                return a == b || (Number.isNaN(a) && Number.isNaN(b));  // eslint-disable-line eqeqeq
            return false;
        }
        if (b === null || typeof b !== 'object')
            return false;
    }
    const tag = tagOf(a);
    if (tag !== tagOf(b))
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        const keysA = nonIndexKeys(a, strict);
        if (keysA.length !== nonIndexKeys(b, strict).length)
            return false;
        return keyCheck(a, b, strict, memos, 'array', keysA);
    }
    if (tag === '[object Object]' && !isError(a) && !isBoxed(a))
        return keyCheck(a, b, strict, memos, 'object');
    if (a instanceof Date) {
        if (!(b instanceof Date) || a.getTime() !== b.getTime())
            return false;
    } else if (a instanceof RegExp) {
        if (!(b instanceof RegExp) || a.source !== b.source || a.flags !== b.flags
            || a.lastIndex !== b.lastIndex)
            return false;
    } else if (isError(a)) {
        if (!isError(b) || a.message !== b.message || a.name !== b.name)
            return false;
    } else if (ArrayBuffer.isView(a)) {
        if (!ArrayBuffer.isView(b))
            return false;
        if (!strict && (a instanceof Float32Array || a instanceof Float64Array)) {
            if (a.length !== b.length)
                return false;
            for (let i = 0; i < a.length; i++) {
                if (a[i] !== b[i])
                    return false;
            }
        } else if (!sameBytes(a, b)) {
            return false;
        }
        const keysA = nonIndexKeys(a, strict);
        if (keysA.length !== nonIndexKeys(b, strict).length)
            return false;
        return keyCheck(a, b, strict, memos, 'object', keysA);
    } else if (a instanceof Set) {
        if (!(b instanceof Set) || a.size !== b.size)
            return false;
        return keyCheck(a, b, strict, memos, 'set');
    } else if (a instanceof Map) {
        if (!(b instanceof Map) || a.size !== b.size)
            return false;
        return keyCheck(a, b, strict, memos, 'map');
    } else if (a instanceof ArrayBuffer) {
        if (!(b instanceof ArrayBuffer) || !sameBytes(a, b))
            return false;
    } else if (isBoxed(a)) {
        if (!isBoxed(b) || !Object.is(a.valueOf(), b.valueOf()))
            return false;
    } else if (Array.isArray(b) || ArrayBuffer.isView(b) || b instanceof Set || b instanceof Map
               || b instanceof Date || b instanceof RegExp || b instanceof ArrayBuffer
               || isBoxed(b) || isError(b)) {
        return false;
    }
    return keyCheck(a, b, strict, memos, 'object');
}

function keyCheck(a, b, strict, memos, kind, keysA) {
    if (keysA === undefined) {
        keysA = ownKeys(a, strict);
        const keysB = ownKeys(b, strict);
        if (keysA.length !== keysB.length)
            return false;
    }
    for (const key of keysA) {
        if (!Object.prototype.propertyIsEnumerable.call(b, key))
            return false;
    }
    if (keysA.length === 0 && (kind === 'object' || (kind === 'array' && a.length === 0)))
        return true;
    if (memos === undefined)
        memos = { a: new Map(), b: new Map(), position: 0 };
    else {
        const seenA = memos.a.get(a);
        if (seenA !== undefined) {
            const seenB = memos.b.get(b);
            if (seenB !== undefined)
                return seenA === seenB;
        }
        memos.position++;
    }
    memos.a.set(a, memos.position);
    memos.b.set(b, memos.position);
    const result = objectEquivalent(a, b, strict, keysA, memos, kind);
    memos.a.delete(a);
    memos.b.delete(b);
    return result;
}

function findDeepEqual(set, value, strict, memos) {
    for (const candidate of set) {
        if (innerDeepEqual(value, candidate, strict, memos)) {
            set.delete(candidate);
            return true;
        }
    }
    return false;
}

function setEquivalent(a, b, strict, memos) {
    let pending = null;
    for (const value of a) {
        if (!isPrimitive(value) || (!strict && !b.has(value))) {
            if (pending === null)
                pending = new Set();
            pending.add(value);
        } else if (!b.has(value)) {
            return false;
        }
    }
    if (pending === null)
        return true;
    const candidates = new Set();
    for (const value of b) {
        if (!isPrimitive(value) || !a.has(value))
            candidates.add(value);
    }
    for (const value of pending) {
        if (!findDeepEqual(candidates, value, strict, memos))
            return false;
    }
    return candidates.size === 0;
}

function mapEquivalent(a, b, strict, memos) {
    let pending = null;
    for (const entry of a) {
        const key = entry[0];
        if (!isPrimitive(key) || !b.has(key)) {
            if (pending === null)
                pending = [];
            pending.push(entry);
        } else if (!innerDeepEqual(entry[1], b.get(key), strict, memos)) {
            return false;
        }
    }
    if (pending === null)
        return true;
    const candidates = [];
    for (const entry of b) {
        if (!isPrimitive(entry[0]) || !a.has(entry[0]))
            candidates.push(entry);
    }
    for (const entry of pending) {
        const at = candidates.findIndex(function (other) {
            return innerDeepEqual(entry[0], other[0], strict, memos)
                   && innerDeepEqual(entry[1], other[1], strict, memos);
        });
        if (at < 0)
            return false;
        candidates.splice(at, 1);
    }
    return candidates.length === 0;
}

function objectEquivalent(a, b, strict, keys, memos, kind) {
    if (kind === 'array') {
        for (let i = 0; i < a.length; i++) {
            const hasA = Object.prototype.hasOwnProperty.call(a, i);
            if (hasA !== Object.prototype.hasOwnProperty.call(b, i))
                return false;
            if (hasA && !innerDeepEqual(a[i], b[i], strict, memos))
                return false;
        }
    } else if (kind === 'set') {
        if (!setEquivalent(a, b, strict, memos))
            return false;
    } else if (kind === 'map') {
        if (!mapEquivalent(a, b, strict, memos))
            return false;
    }
    for (const key of keys) {
        if (!innerDeepEqual(a[key], b[key], strict, memos))
            return false;
    }
    return true;
}

module.exports = {
    isDeepEqual: function isDeepEqual(a, b) { return innerDeepEqual(a, b, false); },
    isDeepStrictEqual: function isDeepStrictEqual(a, b) { return innerDeepEqual(a, b, true); },
};
