'use strict';
// Standard library pieces newer than Qt 6.4's engine (ES2016-ish) that scripts written for
// Node 20 use without thinking. Each is defined only when missing, non-enumerable like the
// built-ins.

function define(target, name, value) {
    if (target[name] === undefined) {
        Object.defineProperty(target, name, {
            value: value, writable: true, configurable: true, enumerable: false,
        });
    }
}

define(Object, 'fromEntries', function fromEntries(iterable) {
    const result = {};
    for (const entry of iterable)
        result[entry[0]] = entry[1];
    return result;
});

define(Object, 'hasOwn', function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(Object(object), key);
});

function flatten(target, source, depth) {
    for (let i = 0; i < source.length; i++) {
        if (!(i in source))
            continue;
        const value = source[i];
        if (depth > 0 && Array.isArray(value))
            flatten(target, value, depth - 1);
        else
            target.push(value);
    }
    return target;
}

define(Array.prototype, 'flat', function flat(depth) {
    return flatten([], this, depth === undefined ? 1 : Number(depth));
});

define(Array.prototype, 'flatMap', function flatMap(callback, thisArg) {
    return flatten([], Array.prototype.map.call(this, callback, thisArg), 1);
});

function at(index) {
    const length = this.length;
    let i = Math.trunc(index) || 0;
    if (i < 0)
        i += length;
    return i < 0 || i >= length ? undefined : this[i];
}
define(Array.prototype, 'at', at);
define(String.prototype, 'at', function (index) {
    return at.call(String(this), index);
});

define(String.prototype, 'trimStart', function trimStart() {
    return String(this).replace(/^[\s\uFEFF\xA0]+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd() {
    return String(this).replace(/[\s\uFEFF\xA0]+$/, '');
});
define(String.prototype, 'trimLeft', String.prototype.trimStart);
define(String.prototype, 'trimRight', String.prototype.trimEnd);

define(String.prototype, 'replaceAll', function replaceAll(search, replacement) {
    if (search instanceof RegExp) {
        if (!search.global)
            throw new TypeError('replaceAll must be called with a global RegExp');
        return String(this).replace(search, replacement);
    }
    const text = String(this);
    const needle = String(search);
    let result = '';
    let from = 0;
    let at = text.indexOf(needle, from);
    if (needle === '') {
        const parts = text.split('');
        const insert = typeof replacement === 'function' ? null : String(replacement);
        if (insert !== null)
            return insert + parts.join(insert) + insert;
    }
    while (at >= 0) {
        result += text.slice(from, at);
        result += typeof replacement === 'function'
                ? String(replacement(needle, at, text)) : String(replacement);
        from = at + needle.length;
        at = text.indexOf(needle, from);
    }
    return result + text.slice(from);
});

// The engine's Error.stack is a read-only accessor; there is nothing to capture into.
define(Error, 'captureStackTrace', function captureStackTrace(target) {
    if (target === null || typeof target !== 'object')
        throw new TypeError('Invalid argument');
});
if (Error.stackTraceLimit === undefined)
    Error.stackTraceLimit = 10;

// Object.prototype's own prototype stays null (an "immutable prototype exotic object" since
// ES2016): V8 refuses to change it, Qt 6.4's engine does not, and an object put there would
// sit under every object of the run, the runtime's own included.
const setPrototypeOfAnything = Object.setPrototypeOf;
const reflectSetPrototypeOf = Reflect.setPrototypeOf;
const protoAccessor = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
const applyFunction = Reflect.apply;

function immutablePrototypeError() {
    return new TypeError(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set");
}

Object.defineProperty(Object, 'setPrototypeOf', {
    value: function setPrototypeOf(target, prototype) {
        if (target === Object.prototype && prototype !== null)
            throw immutablePrototypeError();
        return setPrototypeOfAnything(target, prototype);
    },
    writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(Reflect, 'setPrototypeOf', {
    value: function setPrototypeOf(target, prototype) {
        if (target === Object.prototype && prototype !== null)
            return false;
        return reflectSetPrototypeOf(target, prototype);
    },
    writable: true, configurable: true, enumerable: false,
});
if (protoAccessor !== undefined && typeof protoAccessor.set === 'function') {
    const setProto = protoAccessor.set;
    const setter = function (prototype) {
        if (this === Object.prototype && prototype !== null)
            throw immutablePrototypeError();
        return applyFunction(setProto, this, [prototype]);
    };
    Object.defineProperty(setter, 'name', { value: 'set __proto__', configurable: true });
    Object.defineProperty(Object.prototype, '__proto__', {
        get: protoAccessor.get, set: setter, configurable: true, enumerable: false,
    });
}

// Object.keys() must not read the values: Qt 6.4's engine calls every getter on the way (so a
// getter that throws made Object.keys(), and util.inspect() and console.log() of the object,
// throw). The own names, kept where enumerable, in the same order.
const ownPropertyNames = Object.getOwnPropertyNames;
const isEnumerable = Object.prototype.propertyIsEnumerable;
const toObject = Object;
Object.defineProperty(Object, 'keys', {
    value: function keys(value) {
        if (value === null || value === undefined)
            throw new TypeError('Cannot convert undefined or null to object');
        const object = toObject(value);
        const names = ownPropertyNames(object);
        const result = [];
        for (let i = 0; i < names.length; i++) {
            if (applyFunction(isEnumerable, object, [names[i]]))
                result[result.length] = names[i];
        }
        return result;
    },
    writable: true, configurable: true, enumerable: false,
});
