// A script runs in sloppy mode, as under node: assigning an undeclared name makes a global,
// and a plain function call's `this` is the global object. (The runtime's own modules are
// strict; that must not leak into scripts.)
require('./common');
const assert = require('assert');

undeclaredName = 5; // eslint-disable-line no-undef
assert.strictEqual(globalThis.undeclaredName, 5);
assert.strictEqual((function () { return this; })(), globalThis);

// A script that asks for strict mode gets it.
assert.throws(() => {
    (function () {
        'use strict';
        anotherUndeclaredName = 1; // eslint-disable-line no-undef
    })();
}, ReferenceError);
