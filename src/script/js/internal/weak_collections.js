'use strict';
// WeakMap and WeakSet. Qt 6.4's own crash the process (SIGSEGV in the collector or the next
// lookup) once keys they hold have been collected, which is what they are for. These keep each
// entry on its key instead, under a Symbol of the collection, non-enumerable: the entry lives
// exactly as long as the key, as in V8. A key that cannot take a property (frozen, sealed,
// non-extensible) is held in an ordinary Map of the collection instead, so it lives as long as
// the collection. Seen from a script the only trace is that Symbol, for
// Object.getOwnPropertySymbols(key) (and a Proxy key's defineProperty trap sees it).

const applyFunction = Reflect.apply;
const defineProperty = Object.defineProperty;
const isExtensible = Object.isExtensible;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const hasOwnProperty = Object.prototype.hasOwnProperty;
const NativeMap = Map;
const mapGet = Map.prototype.get;
const mapSet = Map.prototype.set;
const mapHas = Map.prototype.has;
const mapDelete = Map.prototype.delete;
const MakeSymbol = Symbol;

const kSlot = MakeSymbol('weakCollectionSlot');
const kHeld = MakeSymbol('weakCollectionHeld');

function isObject(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function slotOf(collection, method, kind) {
    if (!isObject(collection) || !applyFunction(hasOwnProperty, collection, [kSlot]))
        throw new TypeError('Method ' + kind + '.prototype.' + method
                            + ' called on incompatible receiver');
    return collection[kSlot];
}

function init(collection) {
    defineProperty(collection, kSlot, { value: MakeSymbol('entry') });
    defineProperty(collection, kHeld, { value: new NativeMap() });
}

const kDeleted = MakeSymbol('deleted');

// The entry of key, or kDeleted. The collection's Map comes first: it holds what could not be
// put on the key, or changed there (the key was frozen after its entry was made).
function entryOf(collection, slot, key) {
    const held = collection[kHeld];
    if (applyFunction(mapHas, held, [key]))
        return applyFunction(mapGet, held, [key]);
    const own = getOwnPropertyDescriptor(key, slot);
    return own === undefined ? kDeleted : own.value;
}

function entryHas(collection, slot, key) {
    return entryOf(collection, slot, key) !== kDeleted;
}

function entryGet(collection, slot, key) {
    const value = entryOf(collection, slot, key);
    return value === kDeleted ? undefined : value;
}

function entrySet(collection, slot, key, value) {
    const held = collection[kHeld];
    const own = getOwnPropertyDescriptor(key, slot);
    if (!applyFunction(mapHas, held, [key])
        && (own !== undefined ? own.writable : isExtensible(key))) {
        defineProperty(key, slot, { value: value, writable: true, configurable: true });
    } else {
        applyFunction(mapSet, held, [key, value]);
    }
}

function entryDelete(collection, slot, key) {
    if (!entryHas(collection, slot, key))
        return false;
    const held = collection[kHeld];
    const own = getOwnPropertyDescriptor(key, slot);
    if (own !== undefined && own.configurable)
        delete key[slot];
    if (own !== undefined && !own.configurable)
        applyFunction(mapSet, held, [key, kDeleted]);
    else
        applyFunction(mapDelete, held, [key]);
    return true;
}

function fillFrom(collection, iterable, add) {
    if (iterable === undefined || iterable === null)
        return;
    const adder = collection[add];
    if (typeof adder !== 'function')
        throw new TypeError("'" + add + "' returned for property '" + add
                            + "' of object is not a function");
    for (const item of iterable) {
        if (add === 'set') {
            if (!isObject(item))
                throw new TypeError('Iterator value ' + String(item) + ' is not an entry object');
            applyFunction(adder, collection, [item[0], item[1]]);
        } else {
            applyFunction(adder, collection, [item]);
        }
    }
}

function define(target, name, value) {
    defineProperty(target, name, {
        value: value, writable: true, configurable: true, enumerable: false,
    });
}

function WeakMap(iterable) {
    if (new.target === undefined)
        throw new TypeError("Constructor WeakMap requires 'new'");
    init(this);
    fillFrom(this, iterable, 'set');
}
defineProperty(WeakMap, 'length', { value: 0, configurable: true });
define(WeakMap.prototype, 'get', function get(key) {
    const slot = slotOf(this, 'get', 'WeakMap');
    return isObject(key) ? entryGet(this, slot, key) : undefined;
});
define(WeakMap.prototype, 'set', function set(key, value) {
    const slot = slotOf(this, 'set', 'WeakMap');
    if (!isObject(key))
        throw new TypeError('Invalid value used as weak map key');
    entrySet(this, slot, key, value);
    return this;
});
define(WeakMap.prototype, 'has', function has(key) {
    const slot = slotOf(this, 'has', 'WeakMap');
    return isObject(key) && entryHas(this, slot, key);
});
define(WeakMap.prototype, 'delete', function (key) {
    const slot = slotOf(this, 'delete', 'WeakMap');
    return isObject(key) && entryDelete(this, slot, key);
});
defineProperty(WeakMap.prototype, MakeSymbol.toStringTag,
               { value: 'WeakMap', configurable: true });

function WeakSet(iterable) {
    if (new.target === undefined)
        throw new TypeError("Constructor WeakSet requires 'new'");
    init(this);
    fillFrom(this, iterable, 'add');
}
defineProperty(WeakSet, 'length', { value: 0, configurable: true });
define(WeakSet.prototype, 'add', function add(value) {
    const slot = slotOf(this, 'add', 'WeakSet');
    if (!isObject(value))
        throw new TypeError('Invalid value used in weak set');
    entrySet(this, slot, value, true);
    return this;
});
define(WeakSet.prototype, 'has', function has(value) {
    const slot = slotOf(this, 'has', 'WeakSet');
    return isObject(value) && entryHas(this, slot, value);
});
define(WeakSet.prototype, 'delete', function (value) {
    const slot = slotOf(this, 'delete', 'WeakSet');
    return isObject(value) && entryDelete(this, slot, value);
});
defineProperty(WeakSet.prototype, MakeSymbol.toStringTag,
               { value: 'WeakSet', configurable: true });

for (const method of [WeakMap.prototype.delete, WeakSet.prototype.delete])
    defineProperty(method, 'name', { value: 'delete', configurable: true });

define(globalThis, 'WeakMap', WeakMap);
define(globalThis, 'WeakSet', WeakSet);
