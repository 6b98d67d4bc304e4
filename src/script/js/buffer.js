'use strict';
// require('buffer') and the global Buffer: a Uint8Array subclass, as in Node (Buffer.prototype
// is FastBuffer.prototype). String conversions go through netcore's encodeText/decodeBytes, so
// every encoding follows Node's rules exactly; byte access, reads and writes are plain JS.

const native = internalBinding('native');
const errors = require('internal/errors');
const validators = require('internal/validators');
const toArrayBuffer = require('internal/encoding').toArrayBuffer;
const kSharedId = require('internal/encoding').kSharedId;
const normalizeEncoding = require('internal/encoding').normalizeEncoding;
const codes = errors.codes;

const kMaxLength = Math.pow(2, 32);
const kStringMaxLength = Math.pow(2, 29) - 24;
const INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {}

function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
        if (typeof encodingOrOffset === 'string')
            throw codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
        return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
    value: Buffer, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, Symbol.species, {
    get: function () { return FastBuffer; }, configurable: true,
});
Buffer.poolSize = 8 * 1024;

// ---- encodings --------------------------------------------------------------------------

function encodingOrThrow(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined)
        throw codes.ERR_UNKNOWN_ENCODING(encoding);
    return normalized;
}

function encodeString(text, encoding) {
    if (encoding === 'base64url')
        return new FastBuffer(native.encode(text, 'base64'));
    return new FastBuffer(native.encode(text, encoding));
}

function decodeRange(buffer, encoding, start, end) {
    const view = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
    if (encoding === 'base64url') {
        return native.decode(toArrayBuffer(view), 'base64').replace(/\+/g, '-')
            .replace(/\//g, '_').replace(/=+$/, '');
    }
    return native.decode(toArrayBuffer(view), encoding);
}

function utf8Length(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
            length += 1;
        } else if (code < 0x800) {
            length += 2;
        } else if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        } else {
            length += 3;
        }
    }
    return length;
}

function base64ByteLength(text, bytes) {
    if (text.charCodeAt(bytes - 1) === 0x3D)
        bytes--;
    if (bytes > 1 && text.charCodeAt(bytes - 1) === 0x3D)
        bytes--;
    return (bytes * 3) >>> 2;
}

function byteLength(value, encoding) {
    if (typeof value !== 'string') {
        if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
            return value.byteLength;
        throw codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], value);
    }
    switch (normalizeEncoding(encoding)) {
    case 'latin1': case 'ascii': return value.length;
    case 'utf16le': return value.length * 2;
    case 'hex': return value.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(value, value.length);
    default: return utf8Length(value);
    }
}

// ---- construction -----------------------------------------------------------------------

function validateSize(size) {
    validators.validateNumber(size, 'size', 0, kMaxLength);
}

function fromArrayLike(value) {
    const length = value.length >>> 0;
    const buffer = newBuffer(length, false);
    for (let i = 0; i < length; i++)
        buffer[i] = value[i];
    return buffer;
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
    if (byteOffset === undefined) {
        byteOffset = 0;
    } else {
        byteOffset = +byteOffset;
        if (Number.isNaN(byteOffset))
            byteOffset = 0;
    }
    const maxLength = arrayBuffer.byteLength - byteOffset;
    if (maxLength < 0)
        throw codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length === undefined) {
        length = maxLength;
    } else {
        length = +length;
        if (length > 0) {
            if (length > maxLength)
                throw codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
        } else {
            length = 0;
        }
    }
    return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromObject(value) {
    if (value.length !== undefined || value.buffer instanceof ArrayBuffer) {
        if (typeof value.length !== 'number')
            return new FastBuffer(0);
        if (value instanceof Uint8Array) {
            const copy = newBuffer(value.length, false);
            copy.set(value);
            return copy;
        }
        return fromArrayLike(value);
    }
    if (value.type === 'Buffer' && Array.isArray(value.data))
        return fromArrayLike(value.data);
    return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
        const encoding = typeof encodingOrOffset === 'string' && encodingOrOffset.length > 0
                ? encodingOrThrow(encodingOrOffset) : 'utf8';
        return value.length === 0 ? new FastBuffer(0) : encodeString(value, encoding);
    }
    if (typeof value === 'object' && value !== null) {
        if (value instanceof ArrayBuffer)
            return fromArrayBuffer(value, encodingOrOffset, length);
        const primitive = typeof value.valueOf === 'function' ? value.valueOf() : undefined;
        if (primitive != null && primitive !== value
            && (typeof primitive === 'string' || typeof primitive === 'object')) {
            return Buffer.from(primitive, encodingOrOffset, length);
        }
        const buffer = fromObject(value);
        if (buffer !== undefined)
            return buffer;
        if (typeof value[Symbol.toPrimitive] === 'function') {
            const text = value[Symbol.toPrimitive]('string');
            if (typeof text === 'string')
                return Buffer.from(text, encodingOrOffset);
        }
    }
    throw codes.ERR_INVALID_ARG_TYPE('first argument',
                                     ['string', 'Buffer', 'ArrayBuffer', 'Array',
                                      'Array-like Object'], value);
};

Buffer.of = function of() {
    return fromArrayLike(arguments);
};

// From this size on a Buffer's bytes come from C++ (native.allocateBuffer()), shared with it:
// writing such a Buffer to a socket copies nothing. Smaller ones cost little to copy; larger
// ones stay with the engine, which reports an allocation it cannot make as a RangeError.
const kSharedMin = 16 * 1024;
const kSharedMax = 64 * 1024 * 1024;

// V8's error (no code) when an ArrayBuffer's memory is not there: past the run's memory limit
// (see MemoryGuard) or refused by malloc.
function allocationFailed() {
    return new RangeError('Array buffer allocation failed');
}

// Small Buffers are counted in JS and the memory limit consulted once per MiB of them: a
// native call per Buffer would cost more than the Buffer.
const kSmallBytesPerCheck = 1024 * 1024;
let smallBytesSinceCheck = 0;

function largeEngineBuffer(size) {
    if (!native.reserveMemory(size))
        throw allocationFailed();
    try {
        return new FastBuffer(size);
    } catch (error) {
        // The engine's words for the same failure.
        if (error instanceof RangeError && error.message === 'ArrayBuffer: out of memory')
            throw allocationFailed();
        throw error;
    }
}

function newBuffer(size, zeroed) {
    if (size < kSharedMin) {
        smallBytesSinceCheck += size;
        if (smallBytesSinceCheck >= kSmallBytesPerCheck) {
            smallBytesSinceCheck = 0;
            if (!native.reserveMemory(kSmallBytesPerCheck))
                throw allocationFailed();
        }
        return new FastBuffer(size);
    }
    if (size > kSharedMax)
        return largeEngineBuffer(size);
    const made = native.allocateBuffer(size, zeroed);
    if (made === undefined)
        throw allocationFailed();
    const bytes = made[0];
    Object.defineProperty(bytes, kSharedId, { value: made[1] });
    return new FastBuffer(bytes);
}

Buffer.alloc = function alloc(size, fill, encoding) {
    validateSize(size);
    const buffer = newBuffer(size, true);
    if (fill !== undefined && fill !== 0 && size > 0)
        return fillBuffer(buffer, fill, 0, buffer.length, encoding);
    return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
    validateSize(size);
    return newBuffer(size, false);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.isBuffer = function isBuffer(value) {
    return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0
           && normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = byteLength;

function validateBufferLike(value, name) {
    if (!(value instanceof Uint8Array))
        throw codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], value);
}

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
    const length = Math.min(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < length; i++) {
        const x = a[aStart + i];
        const y = b[bStart + i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    const aLength = aEnd - aStart;
    const bLength = bEnd - bStart;
    return aLength < bLength ? -1 : aLength > bLength ? 1 : 0;
}

Buffer.compare = function compare(a, b) {
    validateBufferLike(a, 'buf1');
    validateBufferLike(b, 'buf2');
    return compareBytes(a, 0, a.length, b, 0, b.length);
};

Buffer.concat = function concat(list, totalLength) {
    if (!Array.isArray(list))
        throw codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
    if (list.length === 0)
        return new FastBuffer(0);
    if (totalLength === undefined) {
        totalLength = 0;
        for (let i = 0; i < list.length; i++) {
            validateBufferLike(list[i], 'list[' + i + ']');
            totalLength += list[i].length;
        }
    } else {
        validators.validateNumber(totalLength, 'length', 0, kMaxLength);
    }
    const result = newBuffer(totalLength, true);
    let position = 0;
    for (let i = 0; i < list.length && position < totalLength; i++) {
        const item = list[i];
        validateBufferLike(item, 'list[' + i + ']');
        const take = Math.min(item.length, totalLength - position);
        result.set(take === item.length ? item : item.subarray(0, take), position);
        position += take;
    }
    return result;
};

// ---- instance methods -------------------------------------------------------------------

const proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
    if (arguments.length === 0)
        return decodeRange(this, 'utf8', 0, this.length);
    const length = this.length;
    if (start <= 0)
        start = 0;
    else if (start >= length)
        return '';
    else
        start |= 0;
    if (end === undefined || end > length)
        end = length;
    else
        end |= 0;
    if (end <= start)
        return '';
    return decodeRange(this, encoding === undefined ? 'utf8' : encodingOrThrow(encoding),
                       start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(other) {
    validateBufferLike(other, 'otherBuffer');
    if (this === other)
        return true;
    return this.length === other.length && compareBytes(this, 0, this.length, other, 0,
                                                        other.length) === 0;
};

function validateOffset(value, name, min, max) {
    validators.validateInteger(value, name, min === undefined ? 0 : min,
                               max === undefined ? kMaxLength : max);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    validateBufferLike(target, 'target');
    if (targetStart === undefined)
        targetStart = 0;
    else
        validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined)
        targetEnd = target.length;
    else
        validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined)
        sourceStart = 0;
    else
        validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined)
        sourceEnd = this.length;
    else
        validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd)
        return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd)
        return 1;
    return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    validateBufferLike(target, 'target');
    targetStart = targetStart === undefined ? 0 : Math.trunc(+targetStart) || 0;
    if (targetStart < 0)
        throw codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    sourceStart = sourceStart === undefined ? 0 : Math.trunc(+sourceStart) || 0;
    if (sourceStart < 0 || sourceStart > this.length)
        throw codes.ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
    sourceEnd = sourceEnd === undefined ? this.length : Math.trunc(+sourceEnd) || 0;
    if (sourceEnd < 0)
        throw codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    sourceEnd = Math.min(sourceEnd, this.length);
    if (targetStart >= target.length || sourceStart >= sourceEnd)
        return 0;
    const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
    return count;
};

function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0 || Number.isNaN(offset))
        return 0;
    if (offset < 0) {
        offset += length;
        return offset > 0 ? offset : 0;
    }
    return offset < length ? offset : length;
}

proto.slice = function slice(start, end) {
    const length = this.length;
    start = start === undefined ? 0 : adjustOffset(start, length);
    end = end === undefined ? length : adjustOffset(end, length);
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.toJSON = function toJSON() {
    return { type: 'Buffer', data: Array.prototype.slice.call(this) };
};

function indexOfBytes(haystack, needle, from, backwards) {
    const last = haystack.length - needle.length;
    if (needle.length === 0)
        return Math.min(from, haystack.length);
    if (backwards) {
        for (let i = Math.min(from, last); i >= 0; i--) {
            let j = 0;
            while (j < needle.length && haystack[i + j] === needle[j])
                j++;
            if (j === needle.length)
                return i;
        }
        return -1;
    }
    for (let i = from; i <= last; i++) {
        if (haystack[i] !== needle[0])
            continue;
        let j = 1;
        while (j < needle.length && haystack[i + j] === needle[j])
            j++;
        if (j === needle.length)
            return i;
    }
    return -1;
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, backwards) {
    if (typeof byteOffset === 'string') {
        encoding = byteOffset;
        byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
        byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
        byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset))
        byteOffset = backwards ? buffer.length : 0;
    if (byteOffset < 0)
        byteOffset = Math.max(buffer.length + byteOffset, backwards ? -1 : 0);
    byteOffset = Math.trunc(byteOffset);
    if (typeof value === 'number') {
        const byte = value & 0xff;
        if (backwards) {
            for (let i = Math.min(byteOffset, buffer.length - 1); i >= 0; i--) {
                if (buffer[i] === byte)
                    return i;
            }
            return -1;
        }
        for (let i = byteOffset; i < buffer.length; i++) {
            if (buffer[i] === byte)
                return i;
        }
        return -1;
    }
    let needle;
    if (typeof value === 'string')
        needle = Buffer.from(value, encoding === undefined ? 'utf8' : encodingOrThrow(encoding));
    else if (value instanceof Uint8Array)
        needle = value;
    else
        throw codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'],
                                         value);
    if (byteOffset >= buffer.length && !backwards)
        return needle.length === 0 ? buffer.length : -1;
    return indexOfBytes(buffer, needle, Math.max(byteOffset, 0), backwards);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};

proto.includes = function includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
};

// Bytes of text that fit in `room`, without cutting a character in two.
function fitEncoded(bytes, encoding, room) {
    if (bytes.length <= room)
        return bytes.length;
    let count = room;
    if (encoding === 'utf8') {
        while (count > 0 && (bytes[count] & 0xC0) === 0x80)
            count--;
    } else if (encoding === 'utf16le') {
        count -= count % 2;
    }
    return count;
}

proto.write = function write(text, offset, length, encoding) {
    if (typeof text !== 'string')
        throw codes.ERR_INVALID_ARG_TYPE('argument', 'string', text);
    if (offset === undefined) {
        offset = 0;
        length = this.length;
    } else if (length === undefined && typeof offset === 'string') {
        encoding = offset;
        length = this.length;
        offset = 0;
    } else {
        validateOffset(offset, 'offset', 0, this.length);
        const remaining = this.length - offset;
        if (length === undefined) {
            length = remaining;
        } else if (typeof length === 'string') {
            encoding = length;
            length = remaining;
        } else {
            validateOffset(length, 'length', 0, this.length);
            if (length > remaining)
                length = remaining;
        }
    }
    const normalized = encodingOrThrow(encoding);
    const bytes = encodeString(text, normalized);
    const count = fitEncoded(bytes, normalized, length);
    this.set(count === bytes.length ? bytes : bytes.subarray(0, count), offset);
    return count;
};

function fillBuffer(buffer, value, offset, end, encoding) {
    if (typeof value === 'string') {
        if (offset === undefined || typeof offset === 'string') {
            encoding = offset;
            offset = 0;
            end = buffer.length;
        } else if (typeof end === 'string') {
            encoding = end;
            end = buffer.length;
        }
        const normalized = normalizeEncoding(encoding);
        if (normalized === undefined) {
            validators.validateString(encoding, 'encoding');
            throw codes.ERR_UNKNOWN_ENCODING(encoding);
        }
        if (value.length === 0) {
            value = 0;
        } else {
            const bytes = encodeString(value, normalized);
            if (bytes.length === 0)
                throw codes.ERR_INVALID_ARG_VALUE('value', value);
            value = bytes;
        }
    } else if (typeof value === 'boolean') {
        value = Number(value);
    }
    if (offset === undefined) {
        offset = 0;
        end = buffer.length;
    } else {
        validateOffset(offset, 'offset');
        if (end === undefined)
            end = buffer.length;
        else
            validateOffset(end, 'end', 0, buffer.length);
        if (offset >= end)
            return buffer;
    }
    if (typeof value === 'number') {
        if (end > buffer.length)
            throw codes.ERR_BUFFER_OUT_OF_BOUNDS();
        if (!fillShared(buffer, value & 255, offset, end))
            Uint8Array.prototype.fill.call(buffer, value, offset, end);
        return buffer;
    }
    if (!(value instanceof Uint8Array))
        value = Buffer.from(value);
    if (value.length === 0)
        throw codes.ERR_INVALID_ARG_VALUE('value', value);
    if (fillShared(buffer, toArrayBuffer(value), offset, end))
        return buffer;
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % value.length)
        buffer[i] = value[j];
    return buffer;
}

// A Buffer whose bytes C++ holds is filled there (a memset, not one element at a time).
function fillShared(buffer, value, offset, end) {
    const id = buffer.buffer[kSharedId];
    return id !== undefined
           && native.fillBuffer(id, buffer.byteOffset + offset, buffer.byteOffset + end, value);
}

proto.fill = function fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
};

function swap(buffer, size) {
    if (buffer.length % size !== 0)
        throw codes.ERR_INVALID_BUFFER_SIZE(size * 8 + '-bits');
    for (let i = 0; i < buffer.length; i += size) {
        for (let a = i, b = i + size - 1; a < b; a++, b--) {
            const t = buffer[a];
            buffer[a] = buffer[b];
            buffer[b] = t;
        }
    }
    return buffer;
}
proto.swap16 = function swap16() { return swap(this, 2); };
proto.swap32 = function swap32() { return swap(this, 4); };
proto.swap64 = function swap64() { return swap(this, 8); };

proto[Symbol.for('nodejs.util.inspect.custom')] = function inspect() {
    return '<' + this.constructor.name + ' ' + require('internal/inspect').hexBytes(
        this, INSPECT_MAX_BYTES).trimEnd() + '>';
};
proto.inspect = proto[Symbol.for('nodejs.util.inspect.custom')];

require('internal/buffer_numbers').install(proto);

module.exports = {
    Buffer: Buffer,
    SlowBuffer: Buffer.allocUnsafeSlow,
    kMaxLength: kMaxLength,
    kStringMaxLength: kStringMaxLength,
    INSPECT_MAX_BYTES: INSPECT_MAX_BYTES,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    isEncoding: Buffer.isEncoding,
    byteLength: byteLength,
    FastBuffer: FastBuffer,
};
