'use strict';
// require('string_decoder'): Node's StringDecoder. Bytes of a character cut by a chunk
// boundary wait for the next write(); base64 is emitted in whole 3-byte groups. What is held
// back is netcore's StringDecoder's decision (a port of Node's string_decoder.cc), made in C++.

const errors = require('internal/errors');
const encoding = require('internal/encoding');
const native = internalBinding('native');

const kHandle = Symbol('kHandle');

class StringDecoder {
    constructor(name) {
        const normalized = encoding.normalizeEncoding(name);
        if (normalized === undefined)
            throw errors.codes.ERR_UNKNOWN_ENCODING(name);
        this.encoding = normalized;
        this[kHandle] = native.newStringDecoder(normalized);
    }

    write(chunk) {
        if (typeof chunk === 'string')
            return chunk;
        if (!ArrayBuffer.isView(chunk))
            throw errors.codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'],
                                                    chunk);
        return this[kHandle].write(encoding.toArrayBuffer(chunk));
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
