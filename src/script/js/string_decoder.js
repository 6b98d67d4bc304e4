'use strict';
// require('string_decoder'): Node's StringDecoder. Bytes of a character cut by a chunk
// boundary wait for the next write(); base64 is emitted in whole 3-byte groups.

const Buffer = require('buffer').Buffer;
const errors = require('internal/errors');

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

// How many bytes at the end of `bytes` belong to a character that is not complete yet.
function incompleteLength(bytes, encoding) {
    if (encoding === 'utf8') {
        for (let back = 1; back <= Math.min(3, bytes.length); back++) {
            const byte = bytes[bytes.length - back];
            if ((byte & 0xC0) === 0x80)
                continue;
            const needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }
    if (encoding === 'utf16le') {
        let keep = bytes.length % 2;
        if (bytes.length - keep >= 2) {
            const unit = bytes[bytes.length - keep - 2] | (bytes[bytes.length - keep - 1] << 8);
            if (unit >= 0xD800 && unit <= 0xDBFF)
                keep += 2;
        }
        return keep;
    }
    if (encoding === 'base64' || encoding === 'base64url')
        return bytes.length % 3;
    return 0;
}

class StringDecoder {
    constructor(encoding) {
        const normalized = normalize(encoding);
        if (normalized === undefined)
            throw errors.codes.ERR_UNKNOWN_ENCODING(encoding);
        this.encoding = normalized;
        this._pending = Buffer.alloc(0);
    }

    write(chunk) {
        if (typeof chunk === 'string')
            return chunk;
        if (!ArrayBuffer.isView(chunk))
            throw errors.codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'],
                                                    chunk);
        const bytes = this._pending.length === 0 ? Buffer.from(chunk)
                                                 : Buffer.concat([this._pending, chunk]);
        const keep = incompleteLength(bytes, this.encoding);
        this._pending = Buffer.from(bytes.subarray(bytes.length - keep));
        return bytes.toString(this.encoding, 0, bytes.length - keep);
    }

    end(chunk) {
        let text = chunk === undefined ? '' : this.write(chunk);
        if (this._pending.length > 0) {
            text += this._pending.toString(this.encoding);
            this._pending = Buffer.alloc(0);
        }
        return text;
    }

    text(chunk, start) {
        return this.write(chunk.subarray(start));
    }
}

Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
    get: function () { return this._pending.length; },
});

module.exports = { StringDecoder: StringDecoder };
