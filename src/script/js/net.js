'use strict';
// require('net'): Node's net module on netcore. See internal/net_socket.js and
// internal/net_server.js for the classes.

const validators = require('internal/validators');
const common = require('internal/net_common');
const Socket = require('internal/net_socket').Socket;
const ServerClass = require('internal/net_server').Server;
const netBinding = internalBinding('net');

// Node's Server is a function: net.Server(listener) works without `new`; subclasses get
// their own prototype (new.target).
function Server(options, connectionListener) {
    return Reflect.construct(ServerClass, [options, connectionListener], new.target || Server);
}
Server.prototype = ServerClass.prototype;
common.defineProperty(Server.prototype, 'constructor', {
    value: Server, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(Server, ServerClass);

function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
}

function connect() {
    const normalized = common.normalizeArgs(Array.prototype.slice.call(arguments));
    const options = normalized[0];
    const socket = new Socket(options);
    if (options.timeout)
        socket.setTimeout(options.timeout);
    return socket.connect(normalized);
}

function isIP(input) {
    return netBinding.isIP(`${input}`);  // a Symbol throws, as in Node (String() would not)
}

function isIPv4(input) {
    return isIP(input) === 4;
}

function isIPv6(input) {
    return isIP(input) === 6;
}

// Windows-only in Node, a no-op elsewhere; deprecated (DEP0121), warned about once.
let simultaneousAcceptsWarned = false;
function setSimultaneousAccepts() {
    if (simultaneousAcceptsWarned)
        return;
    simultaneousAcceptsWarned = true;
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
                        'DeprecationWarning', 'DEP0121');
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
    createServer: createServer,
    createConnection: connect,
    connect: connect,
    Server: Server,
    Socket: Socket,
    Stream: Socket,
    isIP: isIP,
    isIPv4: isIPv4,
    isIPv6: isIPv6,
    // Node exports it for http and tls; its tests call it (test-net-normalize-args.js)
    _normalizeArgs: function (args) { return common.normalizeArgs(args); },
    _setSimultaneousAccepts: setSimultaneousAccepts,
    getDefaultAutoSelectFamily: function () { return autoSelectFamily; },
    setDefaultAutoSelectFamily: function (value) {
        validators.validateBoolean(value, 'value');
        autoSelectFamily = value;
    },
    getDefaultAutoSelectFamilyAttemptTimeout: function () { return autoSelectFamilyAttemptTimeout; },
    setDefaultAutoSelectFamilyAttemptTimeout: function (value) {
        validators.validateInt32(value, 'value', 1);
        autoSelectFamilyAttemptTimeout = Math.max(10, value);
    },
};
