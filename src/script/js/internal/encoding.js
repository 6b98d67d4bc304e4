'use strict';
// TextEncoder and TextDecoder for UTF-8 (and utf-16le/latin1 decoding), on netcore's
// encoders. Streaming decode keeps an incomplete UTF-8 sequence for the next call.

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

// Bytes at the end of a chunk that start a UTF-8 sequence the chunk does not finish.
function incompleteTail(bytes) {
    const length = bytes.length;
    for (let back = 1; back <= Math.min(3, length); back++) {
        const byte = bytes[length - back];
        if ((byte & 0xC0) === 0x80)
            continue;
        const needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return needed > back ? back : 0;
    }
    return 0;
}

class TextDecoder {
    constructor(label, options) {
        const name = label === undefined ? 'utf-8' : String(label).trim().toLowerCase();
        if (decoderNames[name] === undefined)
            throw require('internal/errors').codes.ERR_ENCODING_NOT_SUPPORTED(String(label));
        this._encoding = decoderNames[name];
        this._label = name === 'utf8' ? 'utf-8' : name;
        this._fatal = !!(options && options.fatal);
        this._ignoreBOM = !!(options && options.ignoreBOM);
        this._pending = null;
    }
    get encoding() { return this._label; }
    get fatal() { return this._fatal; }
    get ignoreBOM() { return this._ignoreBOM; }
    decode(input, options) {
        let bytes = input === undefined ? new Uint8Array(0)
                  : input instanceof ArrayBuffer ? new Uint8Array(input)
                  : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
        if (this._pending !== null) {
            const joined = new Uint8Array(this._pending.length + bytes.length);
            joined.set(this._pending);
            joined.set(bytes, this._pending.length);
            bytes = joined;
            this._pending = null;
        }
        const stream = !!(options && options.stream);
        if (stream && this._encoding === 'utf8') {
            const tail = incompleteTail(bytes);
            if (tail > 0) {
                this._pending = bytes.slice(bytes.length - tail);
                bytes = bytes.subarray(0, bytes.length - tail);
            }
        }
        let text = native.decode(toArrayBuffer(bytes), this._encoding);
        if (!this._ignoreBOM && text.charCodeAt(0) === 0xFEFF)
            text = text.slice(1);
        return text;
    }
}

module.exports = { TextEncoder: TextEncoder, TextDecoder: TextDecoder, toArrayBuffer: toArrayBuffer,
                   kSharedId: kSharedId };
