'use strict';
// CommonJS as Node has it: module.exports/exports, require() relative to the requiring file's
// folder with .js, .json and index.js resolution, a cache by real path, and the built-in
// modules by name ('net' or 'node:net'). Scripts are sandboxed: there is no node_modules
// search, the built-ins are the only bare names, and files are only .js and .json files
// inside the main script's folder tree (native's ModuleSandbox enforces it; refusals here
// are ERR_ACCESS_DENIED errors shaped as those of Node's permission model).
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

// The sandbox's rules, as the messages of its refusals name them.
const refusalReasons = {
    outside: 'it is outside the script\'s folder',
    notRegular: 'it is not a regular file',
    wrongExtension: 'it is not a .js or .json file',
};

function accessDenied(request, resource, verdict) {
    const error = errors.codes.ERR_ACCESS_DENIED(
        'Access to this API has been restricted: require(\'' + request + '\') is refused, '
        + 'because ' + refusalReasons[verdict] + ' (netbench runs scripts in a sandbox: '
        + 'require() reads only .js and .json files inside ' + native.moduleRoot() + ')');
    error.permission = 'FileSystemRead';
    error.resource = resource;
    return error;
}

function fileTooLarge(request, size) {
    return errors.codes.ERR_FS_FILE_TOO_LARGE(
        size, '32 MiB, the most require() reads: \'' + request + '\'');
}

// 'file', 'directory' or 'missing'; anything the sandbox refuses throws.
function pathKind(file, request) {
    const kind = native.modulePath(file).kind;
    if (kind === 'file' || kind === 'directory' || kind === 'missing')
        return kind;
    throw accessDenied(request, file, kind);
}

// A module file's source; anything the sandbox refuses throws.
function readSource(file, request, parent) {
    const source = native.readModuleFile(file);
    if (typeof source === 'string')
        return source;
    if (source.refused === 'missing')
        throw notFound(request, parent);
    if (source.refused === 'tooLarge')
        throw fileTooLarge(file, source.size);
    throw accessDenied(request, file, source.refused);
}

function tryFile(file, request) {
    if (pathKind(file, request) === 'file')
        return file;
    for (const extension of ['.js', '.json']) {
        if (pathKind(file + extension, request) === 'file')
            return file + extension;
    }
    return null;
}

function tryDirectory(directory, request, parent) {
    if (pathKind(directory, request) !== 'directory')
        return null;
    const manifestFile = path.join(directory, 'package.json');
    if (pathKind(manifestFile, request) === 'file') {
        const manifest = readSource(manifestFile, request, parent);
        let main;
        try {
            main = JSON.parse(manifest).main;
        } catch (error) {
            error.message = 'Error parsing ' + manifestFile + ': ' + error.message;
            throw error;
        }
        if (typeof main === 'string' && main !== '') {
            const target = path.resolve(directory, main);
            const found = tryFile(target, request) || tryIndex(target, request);
            if (found)
                return found;
        }
    }
    return tryIndex(directory, request);
}

function tryIndex(directory, request) {
    if (pathKind(directory, request) !== 'directory')
        return null;
    for (const name of ['index.js', 'index.json']) {
        const file = path.join(directory, name);
        if (pathKind(file, request) === 'file')
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
        const found = (trailingSlash ? null : tryFile(absolute, request))
                      || tryDirectory(absolute, request, parent);
        if (found)
            return native.modulePath(found).realPath;
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
    const source = readSource(filename, filename, this.parent);
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
