'use strict';
// TextEncoder and TextDecoder for UTF-8 (and utf-16le/latin1 decoding), on netcore's
// encoders. A streaming decode() holds back, in C++ (streamdecoders.h), only a sequence that
// the next chunk can still complete.

const native = internalBinding('native');

// On an ArrayBuffer whose bytes C++ shares (Buffer.alloc() of a larger size, see buffer.js):
// its id, which a socket write passes instead of the ArrayBuffer so nothing is copied.
const kSharedId = Symbol('sharedBufferId');

function toArrayBuffer(view) {
    if (view instanceof ArrayBuffer)
        return view;
    if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength)
        return view.buffer;
    return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
}

// Node's normalizeEncoding(), for Buffer and StringDecoder: the canonical name, or undefined.
function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '')
        return 'utf8';
    switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
    }
}

class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input) {
        return new Uint8Array(native.encode(input === undefined ? '' : String(input), 'utf8'));
    }
    encodeInto(input, destination) {
        const bytes = this.encode(input);
        const written = Math.min(bytes.length, destination.length);
        destination.set(bytes.subarray(0, written));
        return { read: String(input).length, written: written };
    }
}

const decoderNames = {
    'utf-8': 'utf8', 'utf8': 'utf8', 'unicode-1-1-utf-8': 'utf8',
    'utf-16le': 'utf16le', 'utf-16': 'utf16le',
    'latin1': 'latin1', 'iso-8859-1': 'latin1', 'ascii': 'latin1', 'us-ascii': 'latin1',
    'windows-1252': 'latin1',
};

const kHandle = Symbol('kHandle');

class TextDecoder {
    constructor(label, options) {
        const name = label === undefined ? 'utf-8' : String(label).trim().toLowerCase();
        if (decoderNames[name] === undefined)
            throw require('internal/errors').codes.ERR_ENCODING_NOT_SUPPORTED(String(label));
        this._label = name === 'utf8' ? 'utf-8' : name;
        this._fatal = !!(options && options.fatal);
        this._ignoreBOM = !!(options && options.ignoreBOM);
        this._bomChecked = false;  // the stream's first character was looked at
        this[kHandle] = native.newTextDecoder(decoderNames[name]);
    }
    get encoding() { return this._label; }
    get fatal() { return this._fatal; }
    get ignoreBOM() { return this._ignoreBOM; }
    decode(input, options) {
        const bytes = input === undefined ? new ArrayBuffer(0) : toArrayBuffer(input);
        const stream = !!(options && options.stream);
        let text = this[kHandle].decode(bytes, stream);
        if (this._fatal && this[kHandle].lastWasInvalid()) {
            this._bomChecked = false;
            this[kHandle].reset();
            throw require('internal/errors').codes.ERR_ENCODING_INVALID_ENCODED_DATA(this._label);
        }
        // A byte order mark is dropped only where the stream starts.
        if (!this._bomChecked && text.length > 0) {
            this._bomChecked = true;
            if (!this._ignoreBOM && text.charCodeAt(0) === 0xFEFF)
                text = text.slice(1);
        }
        if (!stream)
            this._bomChecked = false;
        return text;
    }
}

module.exports = { TextEncoder: TextEncoder, TextDecoder: TextDecoder, toArrayBuffer: toArrayBuffer,
                   kSharedId: kSharedId, normalizeEncoding: normalizeEncoding };
