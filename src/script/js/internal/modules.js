'use strict';
// CommonJS as Node has it: module.exports/exports, require() relative to the requiring file's
// folder with .js, .json and index.js resolution, a cache by real path, and the built-in
// modules by name ('net' or 'node:net'). Scripts are sandboxed: there is no node_modules
// search and no module may reach the file system or processes; the built-ins are the only
// bare names.

const native = internalBinding('native');
const compileScript = internalBinding('compileScript');
const errors = require('internal/errors');
const path = require('path');

let mainModule;

function Module(id, parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', {
        value: parent || null, writable: true, configurable: true, enumerable: false,
    });
    if (parent)
        parent.children.push(this);
}

Module._cache = Object.create(null);
Module.builtinModules = require.publicIds.slice();

function builtinId(request) {
    const id = request.indexOf('node:') === 0 ? request.slice(5) : request;
    return require.isPublic(id) ? id : null;
}

function isFile(file) {
    return native.fileKind(file) === 1;
}

function tryFile(file) {
    if (isFile(file))
        return file;
    for (const extension of ['.js', '.json']) {
        if (isFile(file + extension))
            return file + extension;
    }
    return null;
}

function tryDirectory(directory) {
    if (native.fileKind(directory) !== 2)
        return null;
    const manifest = native.readModuleFile(path.join(directory, 'package.json'));
    if (manifest !== null) {
        let main;
        try {
            main = JSON.parse(manifest).main;
        } catch (error) {
            error.message = 'Error parsing ' + path.join(directory, 'package.json') + ': '
                            + error.message;
            throw error;
        }
        if (typeof main === 'string' && main !== '') {
            const target = path.resolve(directory, main);
            const found = tryFile(target) || tryIndex(target);
            if (found)
                return found;
        }
    }
    return tryIndex(directory);
}

function tryIndex(directory) {
    for (const name of ['index.js', 'index.json']) {
        const file = path.join(directory, name);
        if (isFile(file))
            return file;
    }
    return null;
}

function notFound(request, parent) {
    const requireStack = [];
    for (let cursor = parent; cursor; cursor = cursor.parent)
        requireStack.push(cursor.filename || cursor.id);
    let message = "Cannot find module '" + request + "'";
    if (requireStack.length > 0)
        message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
    const error = new Error(message);
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = requireStack;
    return error;
}

function isRelative(request) {
    return request === '.' || request === '..' || request.indexOf('./') === 0
           || request.indexOf('../') === 0 || request.indexOf('/') === 0;
}

function resolveFilename(request, parent) {
    const builtin = builtinId(request);
    if (builtin !== null)
        return 'node:' + builtin;
    if (isRelative(request)) {
        const base = parent && parent.filename ? path.dirname(parent.filename) : native.cwd();
        const absolute = path.resolve(base, request);
        const trailingSlash = request.endsWith('/');
        const found = (trailingSlash ? null : tryFile(absolute)) || tryDirectory(absolute);
        if (found)
            return native.realPath(found);
    }
    throw notFound(request, parent);
}

Module._resolveFilename = resolveFilename;

Module._load = function load(request, parent, isMain) {
    const filename = resolveFilename(request, parent);
    if (filename.indexOf('node:') === 0)
        return require(filename.slice(5));
    const cached = Module._cache[filename];
    if (cached !== undefined) {
        if (parent && parent.children.indexOf(cached) < 0)
            parent.children.push(cached);
        return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
        module.id = '.';
        mainModule = module;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
        module.load(filename);
        threw = false;
    } finally {
        if (threw) {
            delete Module._cache[filename];
            if (parent) {
                const at = parent.children.indexOf(module);
                if (at >= 0)
                    parent.children.splice(at, 1);
            }
        }
    }
    return module.exports;
};

Module.prototype.load = function load(filename) {
    this.filename = filename;
    this.paths = [];
    const source = native.readModuleFile(filename);
    if (source === null)
        throw notFound(filename, this.parent);
    if (path.extname(filename) === '.json') {
        try {
            this.exports = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
        } catch (error) {
            error.message = filename + ': ' + error.message;
            throw error;
        }
    } else {
        this._compile(source, filename);
    }
    this.loaded = true;
};

Module.prototype._compile = function compile(content, filename) {
    const fn = compileScript(content, filename,
                             ['exports', 'require', 'module', '__filename', '__dirname']);
    if (typeof fn !== 'function') {
        const error = new SyntaxError(fn.message);
        errors.defineHidden(error, errors.kSourceLocation, {
            file: filename, key: filename, line: fn.line, column: fn.column,
        });
        throw error;
    }
    fn.call(this.exports, this.exports, makeRequire(this), this, filename, path.dirname(filename));
};

Module.prototype.require = function require_(id) {
    return makeRequire(this)(id);
};

function makeRequire(module) {
    const requireFn = function require(id) {
        if (typeof id !== 'string')
            throw errors.codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
        if (id === '')
            throw errors.codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
        return Module._load(id, module, false);
    };
    requireFn.resolve = function resolve(request) {
        if (typeof request !== 'string')
            throw errors.codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
        const filename = resolveFilename(request, module);
        return filename.indexOf('node:') === 0 ? filename.slice(5) : filename;
    };
    requireFn.resolve.paths = function paths() {
        return null;
    };
    requireFn.cache = Module._cache;
    Object.defineProperty(requireFn, 'main', {
        get: function () { return mainModule; }, enumerable: true,
    });
    return requireFn;
}

function runMain(scriptPath) {
    Module._load(path.resolve(native.cwd(), scriptPath), null, true);
}

Module.Module = Module;
Module.runMain = runMain;

module.exports = Module;
