'use strict';
// Buffer's number reads and writes (readUInt8 ... writeDoubleBE), with Node's range checks and
// messages. Integers are assembled byte by byte as Node does; floats go through a DataView.

const errors = require('internal/errors');
const validators = require('internal/validators');
const codes = errors.codes;

function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
        validators.validateNumber(value, type || 'offset');
        throw codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
    }
    if (length < 0)
        throw codes.ERR_BUFFER_OUT_OF_BOUNDS();
    throw codes.ERR_OUT_OF_RANGE(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length,
                                 value);
}

function checkBounds(buffer, offset, byteLength) {
    validators.validateNumber(offset, 'offset');
    if (buffer[offset] === undefined || buffer[offset + byteLength] === undefined)
        boundsError(offset, buffer.length - (byteLength + 1));
}

function checkInt(value, min, max, buffer, offset, byteLength) {
    if (value > max || value < min) {
        let range;
        if (byteLength > 3) {
            const bits = (byteLength + 1) * 8;
            range = min === 0 ? '>= 0 and < 2 ** ' + bits
                              : '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' + (bits - 1);
        } else {
            range = '>= ' + min + ' and <= ' + max;
        }
        throw codes.ERR_OUT_OF_RANGE('value', range, value);
    }
    checkBounds(buffer, offset, byteLength);
}

function validateByteLength(byteLength) {
    if (typeof byteLength !== 'number')
        throw codes.ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
    if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength)
        boundsError(byteLength, 6, 'byteLength');
}

// Reads `size` bytes as an unsigned integer; littleEndian picks the byte order.
function readUnsigned(buffer, offset, size, littleEndian) {
    if (offset === undefined)
        offset = 0;
    validators.validateNumber(offset, 'offset');
    if (buffer[offset] === undefined || buffer[offset + size - 1] === undefined)
        boundsError(offset, buffer.length - size);
    let value = 0;
    for (let i = 0; i < size; i++) {
        const byte = buffer[offset + (littleEndian ? size - 1 - i : i)];
        value = value * 256 + byte;
    }
    return value;
}

function readSigned(buffer, offset, size, littleEndian) {
    const value = readUnsigned(buffer, offset, size, littleEndian);
    const limit = Math.pow(2, size * 8 - 1);
    return value >= limit ? value - limit * 2 : value;
}

function writeInteger(buffer, value, offset, size, littleEndian, signed) {
    if (offset === undefined)
        offset = 0;
    value = +value;
    const bits = size * 8;
    const min = signed ? -Math.pow(2, bits - 1) : 0;
    const max = signed ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
    if (size === 1) {
        validators.validateNumber(offset, 'offset');
        if (value > max || value < min)
            throw codes.ERR_OUT_OF_RANGE('value', '>= ' + min + ' and <= ' + max, value);
        if (buffer[offset] === undefined)
            boundsError(offset, buffer.length - 1);
    } else {
        checkInt(value, min, max, buffer, offset, size - 1);
    }
    let remaining = value < 0 ? value + Math.pow(2, bits) : value;
    remaining = Math.floor(remaining);
    for (let i = 0; i < size; i++) {
        const byte = remaining % 256;
        remaining = Math.floor(remaining / 256);
        buffer[offset + (littleEndian ? i : size - 1 - i)] = byte;
    }
    return offset + size;
}

function readFloat(buffer, offset, size, littleEndian) {
    if (offset === undefined)
        offset = 0;
    validators.validateNumber(offset, 'offset');
    if (buffer[offset] === undefined || buffer[offset + size - 1] === undefined)
        boundsError(offset, buffer.length - size);
    const view = new DataView(buffer.buffer, buffer.byteOffset + offset, size);
    return size === 4 ? view.getFloat32(0, littleEndian) : view.getFloat64(0, littleEndian);
}

function writeFloat(buffer, value, offset, size, littleEndian) {
    if (offset === undefined)
        offset = 0;
    value = +value;
    checkBounds(buffer, offset, size - 1);
    const view = new DataView(buffer.buffer, buffer.byteOffset + offset, size);
    if (size === 4)
        view.setFloat32(0, value, littleEndian);
    else
        view.setFloat64(0, value, littleEndian);
    return offset + size;
}

function install(proto) {
    const sizes = { 8: 1, 16: 2, 32: 4 };
    for (const bits of [8, 16, 32]) {
        const size = sizes[bits];
        const orders = bits === 8 ? [''] : ['LE', 'BE'];
        for (const order of orders) {
            const little = order !== 'BE';
            const suffix = bits + order;
            proto['readUInt' + suffix] = function (offset) {
                return readUnsigned(this, offset, size, little);
            };
            proto['readInt' + suffix] = function (offset) {
                return readSigned(this, offset, size, little);
            };
            proto['writeUInt' + suffix] = function (value, offset) {
                return writeInteger(this, value, offset, size, little, false);
            };
            proto['writeInt' + suffix] = function (value, offset) {
                return writeInteger(this, value, offset, size, little, true);
            };
            proto['readUint' + suffix] = proto['readUInt' + suffix];
            proto['writeUint' + suffix] = proto['writeUInt' + suffix];
        }
    }
    for (const order of ['LE', 'BE']) {
        const little = order === 'LE';
        proto['readUInt' + order] = function (offset, byteLength) {
            validateByteLength(byteLength);
            return readUnsigned(this, offset, byteLength, little);
        };
        proto['readInt' + order] = function (offset, byteLength) {
            validateByteLength(byteLength);
            return readSigned(this, offset, byteLength, little);
        };
        proto['writeUInt' + order] = function (value, offset, byteLength) {
            validateByteLength(byteLength);
            return writeInteger(this, value, offset, byteLength, little, false);
        };
        proto['writeInt' + order] = function (value, offset, byteLength) {
            validateByteLength(byteLength);
            return writeInteger(this, value, offset, byteLength, little, true);
        };
        proto['readUint' + order] = proto['readUInt' + order];
        proto['writeUint' + order] = proto['writeUInt' + order];
        proto['readFloat' + order] = function (offset) {
            return readFloat(this, offset, 4, little);
        };
        proto['readDouble' + order] = function (offset) {
            return readFloat(this, offset, 8, little);
        };
        proto['writeFloat' + order] = function (value, offset) {
            return writeFloat(this, value, offset, 4, little);
        };
        proto['writeDouble' + order] = function (value, offset) {
            return writeFloat(this, value, offset, 8, little);
        };
    }
}

module.exports = { install: install };
