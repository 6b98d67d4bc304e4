'use strict';
// Deep recursion that never enters JavaScript: Qt 6.4's engine checks its stack limits when a
// JS function is entered, so a built-in that recurses through other built-ins (the join of an
// array nested 100,000 deep, Error.prototype.toString of an error whose message is an error
// ...) overflowed the C++ stack and crashed the process where V8 throws a RangeError. Each
// built-in below is replaced by a JS function that calls the original, so every level of such
// a recursion enters JS and the engine's check throws its catchable RangeError. (Proxies of
// proxies recurse without any function of theirs and still overflow 100,000 deep: see the
// README.)

const applyFunction = Reflect.apply;
const defineProperty = Object.defineProperty;

// Replaces object[name] by a JS function of the same name and length that calls the original.
function guardBuiltin(object, name) {
    const original = object[name];
    const guarded = {
        [name]: function () {
            return applyFunction(original, this, arguments);
        },
    }[name];
    defineProperty(guarded, 'length', { value: original.length, configurable: true });
    defineProperty(object, name, {
        value: guarded, writable: true, configurable: true, enumerable: false,
    });
}

// Array.prototype.toString calls this.join, so it is guarded through join.
guardBuiltin(Array.prototype, 'join');
guardBuiltin(Array.prototype, 'toLocaleString');
guardBuiltin(Error.prototype, 'toString');
