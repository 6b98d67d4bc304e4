'use strict';
// require('timers'): the same functions as the globals.

const loop = require('internal/loop');

module.exports = {
    setTimeout: loop.setTimeout,
    setInterval: loop.setInterval,
    setImmediate: loop.setImmediate,
    clearTimeout: loop.clearTimeout,
    clearInterval: loop.clearInterval,
    clearImmediate: loop.clearImmediate,
};
