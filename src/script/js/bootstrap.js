// The runtime's entry, the body of function (native, netBinding, compileScript) (see
// wrapmodule.cmake): called once by Runtime::bootstrap() with the two native objects and the
// sloppy-mode compiler of scripts (see Runtime::bootstrap()), it loads the built-in
// modules, installs Node's globals and returns the entry points the C++ loop driver calls.
// Nothing here is reachable from scripts except through require().
    'use strict';

    const global = Function('return this')();
    const builtins = Object.create(null);  // id -> module record
    // What require() offers scripts; everything else under js/ is internal.
    const publicIds = ['assert', 'buffer', 'dns', 'events', 'net', 'os', 'path',
                       'string_decoder', 'timers', 'util'];

    function internalBinding(name) {
        if (name === 'native')
            return native;
        if (name === 'net')
            return netBinding;
        if (name === 'compileScript')
            return compileScript;
        throw new Error('No such binding: ' + name);
    }

    function requireBuiltin(id) {
        const cached = builtins[id];
        if (cached !== undefined)
            return cached.exports;
        const fn = native.loadBuiltin(id);
        if (typeof fn !== 'function')
            throw new Error('No such built-in module: ' + id);
        const module = { id: id, exports: {}, loaded: false };
        builtins[id] = module;
        fn.call(module.exports, module.exports, requireBuiltin, module, internalBinding);
        module.loaded = true;
        return module.exports;
    }
    requireBuiltin.isPublic = function (id) {
        for (let i = 0; i < publicIds.length; i++) {  // not indexOf(): a script may replace it
            if (publicIds[i] === id)
                return true;
        }
        return false;
    };
    requireBuiltin.publicIds = publicIds;

    function makeDomException(message, name) {
        const error = new Error(message);
        error.name = name;
        error.code = 5;
        return error;
    }

    function define(name, value) {
        Object.defineProperty(global, name, {
            value: value, writable: true, configurable: true, enumerable: false,
        });
    }

    define('globalThis', global);
    define('global', global);
    requireBuiltin('internal/polyfills');
    requireBuiltin('internal/stack_guards');
    requireBuiltin('internal/weak_collections');
    const loop = requireBuiltin('internal/loop');
    define('Promise', requireBuiltin('internal/promise').Promise);
    define('queueMicrotask', loop.queueMicrotask);
    const process = requireBuiltin('internal/process');
    define('process', process);
    const buffer = requireBuiltin('buffer');
    define('Buffer', buffer.Buffer);
    const timers = requireBuiltin('timers');
    for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
                        'clearInterval', 'clearImmediate'])
        define(name, timers[name]);
    define('console', requireBuiltin('internal/console'));
    define('btoa', function btoa(text) {
        text = String(text);
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) > 0xFF)
                throw makeDomException('Invalid character', 'InvalidCharacterError');
        }
        return buffer.Buffer.from(text, 'latin1').toString('base64');
    });
    define('atob', function atob(text) {
        text = String(text).replace(/[\t\n\f\r ]/g, '');
        if (text.length % 4 === 0)
            text = text.replace(/={1,2}$/, '');
        if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text))
            throw makeDomException('The string to be decoded is not correctly encoded.',
                                   'InvalidCharacterError');
        return buffer.Buffer.from(text, 'base64').toString('latin1');
    });
    const abort = requireBuiltin('internal/abort_controller');
    define('AbortController', abort.AbortController);
    define('AbortSignal', abort.AbortSignal);
    const encoding = requireBuiltin('internal/encoding');
    define('TextEncoder', encoding.TextEncoder);
    define('TextDecoder', encoding.TextDecoder);
    const modules = requireBuiltin('internal/modules');

    return {
        runMain: function (path) {
            loop.runMain(function () { modules.runMain(path); });
        },
        dispatch: loop.dispatch,
        runTimers: loop.runTimers,
        runImmediates: loop.runImmediates,
        hasPendingWork: loop.hasPendingWork,
        beforeExit: loop.beforeExit,
        emitExit: loop.emitExit,
    };
