'use strict';
// require('os'): read-only facts Node scripts use to build paths and messages.

const native = internalBinding('native');
const process = require('internal/process');

module.exports = {
    EOL: '\n',
    devNull: '/dev/null',
    tmpdir: function tmpdir() { return native.tmpdir(); },
    homedir: function homedir() { return process.env.HOME || ''; },
    hostname: function hostname() { return native.hostname(); },
    platform: function platform() { return process.platform; },
    type: function type() {
        return process.platform === 'linux' ? 'Linux'
             : process.platform === 'darwin' ? 'Darwin' : process.platform;
    },
    arch: function arch() { return process.arch; },
    endianness: function endianness() {
        return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
    },
};
