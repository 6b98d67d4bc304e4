'use strict';
// require('string_decoder'): Node's StringDecoder. Bytes of a character cut by a chunk
// boundary wait for the next write(); base64 is emitted in whole 3-byte groups. What is held
// back is netcore's StringDecoder's decision (a port of Node's string_decoder.cc), made in C++.

const errors = require('internal/errors');
const toArrayBuffer = require('internal/encoding').toArrayBuffer;
const native = internalBinding('native');

const kHandle = Symbol('kHandle');

function normalize(encoding) {
    const name = encoding === undefined || encoding === null ? 'utf8'
                                                             : String(encoding).toLowerCase();
    switch (name) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return name;
    default: return undefined;
    }
}

class StringDecoder {
    constructor(encoding) {
        const normalized = normalize(encoding);
        if (normalized === undefined)
            throw errors.codes.ERR_UNKNOWN_ENCODING(encoding);
        this.encoding = normalized;
        this[kHandle] = native.newStringDecoder(normalized);
    }

    write(chunk) {
        if (typeof chunk === 'string')
            return chunk;
        if (!ArrayBuffer.isView(chunk))
            throw errors.codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'],
                                                    chunk);
        return this[kHandle].write(toArrayBuffer(chunk));
    }

    end(chunk) {
        const text = chunk === undefined ? '' : this.write(chunk);
        return text + this[kHandle].end();
    }

    // As Node's: forgets what was held back, then decodes chunk from start.
    text(chunk, start) {
        this[kHandle].reset();
        return this.write(chunk.subarray(start));
    }
}

// Node's legacy fields: the bytes the held-back character still needs, and its full length.
Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
    get: function () { return this[kHandle].missingBytes; },
});
Object.defineProperty(StringDecoder.prototype, 'lastTotal', {
    get: function () { return this[kHandle].bufferedBytes + this[kHandle].missingBytes; },
});

module.exports = { StringDecoder: StringDecoder };
