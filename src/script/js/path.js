'use strict';
// require('path'): the POSIX half of Node's path module (no file system access).

const validators = require('internal/validators');

function normalizeParts(parts, allowAboveRoot) {
    const result = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (result.length > 0 && result[result.length - 1] !== '..')
                result.pop();
            else if (allowAboveRoot)
                result.push('..');
        } else {
            result.push(part);
        }
    }
    return result;
}

function normalize(p) {
    validators.validateString(p, 'path');
    if (p.length === 0)
        return '.';
    const absolute = p[0] === '/';
    const trailing = p[p.length - 1] === '/';
    let result = normalizeParts(p.split('/'), !absolute).join('/');
    if (result.length === 0 && !absolute)
        result = '.';
    if (result.length > 0 && trailing)
        result += '/';
    return absolute ? '/' + result : result;
}

function join() {
    const parts = [];
    for (let i = 0; i < arguments.length; i++) {
        validators.validateString(arguments[i], 'path');
        if (arguments[i].length > 0)
            parts.push(arguments[i]);
    }
    return parts.length === 0 ? '.' : normalize(parts.join('/'));
}

function resolve() {
    let resolved = '';
    let absolute = false;
    for (let i = arguments.length - 1; i >= -1 && !absolute; i--) {
        let p;
        if (i >= 0) {
            p = arguments[i];
            validators.validateString(p, 'path');
        } else {
            p = internalBinding('native').cwd();
        }
        if (p.length === 0)
            continue;
        resolved = p + '/' + resolved;
        absolute = p[0] === '/';
    }
    const result = normalizeParts(resolved.split('/'), !absolute).join('/');
    return absolute ? '/' + result : (result.length > 0 ? result : '.');
}

function isAbsolute(p) {
    validators.validateString(p, 'path');
    return p.length > 0 && p[0] === '/';
}

function dirname(p) {
    validators.validateString(p, 'path');
    if (p.length === 0)
        return '.';
    let end = p.length;
    while (end > 1 && p[end - 1] === '/')
        end--;
    const slash = p.lastIndexOf('/', end - 1);
    if (slash < 0)
        return '.';
    if (slash === 0)
        return '/';
    let stop = slash;
    while (stop > 1 && p[stop - 1] === '/')
        stop--;
    return p.slice(0, stop);
}

function basename(p, ext) {
    validators.validateString(p, 'path');
    if (ext !== undefined)
        validators.validateString(ext, 'ext');
    let end = p.length;
    while (end > 0 && p[end - 1] === '/')
        end--;
    if (end === 0)
        return '';
    const start = p.lastIndexOf('/', end - 1) + 1;
    let base = p.slice(start, end);
    if (ext !== undefined && base !== ext && base.endsWith(ext))
        base = base.slice(0, base.length - ext.length);
    return base;
}

function extname(p) {
    validators.validateString(p, 'path');
    const base = basename(p);
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return '';
    return base.slice(dot);
}

function relative(from, to) {
    validators.validateString(from, 'from');
    validators.validateString(to, 'to');
    const a = resolve(from).split('/').filter(Boolean);
    const b = resolve(to).split('/').filter(Boolean);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common])
        common++;
    const up = a.slice(common).map(function () { return '..'; });
    return up.concat(b.slice(common)).join('/');
}

function parse(p) {
    validators.validateString(p, 'path');
    const root = p[0] === '/' ? '/' : '';
    const base = basename(p);
    const ext = extname(p);
    let dir = dirname(p);
    if (dir === '.' && p.indexOf('/') < 0)
        dir = '';
    return { root: root, dir: dir, base: base, ext: ext,
             name: ext ? base.slice(0, base.length - ext.length) : base };
}

function format(object) {
    validators.validateObject(object, 'pathObject');
    const dir = object.dir || object.root || '';
    const base = object.base || ((object.name || '') + (object.ext || ''));
    if (!dir)
        return base;
    return dir === object.root ? dir + base : dir + '/' + base;
}

const posix = {
    sep: '/', delimiter: ':', normalize: normalize, join: join, resolve: resolve,
    isAbsolute: isAbsolute, dirname: dirname, basename: basename, extname: extname,
    relative: relative, parse: parse, format: format,
    toNamespacedPath: function (p) { return p; },
};
posix.posix = posix;

module.exports = posix;
