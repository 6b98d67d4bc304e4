'use strict';
// The JavaScript half of a lesson (see src/lesson/README.md). A lesson file becomes one script:
// line 1 requires this file with the lesson's plan, then every line of the lesson file keeps
// its line number (narration becomes blank lines, code stays code), with lesson._begin(k) /
// lesson._end(k) on the step headings. So all steps share one context and an error in a
// step's code names the lesson file's own line.
//
// What the lesson watches is Node's API as a script sees it: events emitted by sockets and
// servers, and the calls made on them. The same file therefore runs under node, the reference.
//
// The text it prints comes in the plan (plan.text, src/lesson/lessontext.h): translated into
// the UI's language and laid out for the terminal by netbench, so this file has no words and
// no wrap of its own.

const net = require('net');

const SocketEvents = new Set(['connect', 'data', 'drain', 'end', 'timeout', 'error', 'close']);
const ServerEvents = new Set(['listening', 'connection', 'error', 'close']);
const SocketCalls = ['connect', 'write', 'end', 'destroy', 'resetAndDestroy', 'pause', 'resume',
                     'setNoDelay', 'setKeepAlive', 'setTimeout'];
const ServerCalls = ['listen', 'close'];

module.exports = function createLesson(plan, argv) {
    const windowMode = argv.indexOf('--window') >= 0;   // the learner acts in the window
    const protocol = argv.indexOf('--protocol') >= 0;   // JSON lines for a host, not text
    const labels = new WeakMap();
    const used = new Map();     // label -> how many times it was handed out automatically
    const start = clock();
    let current = null;         // the step being run: {index, pending, waiter}
    let depth = 0;              // > 0 inside an observed call: calls it makes are not the user's
    let over = false;           // failed or finished: nothing more is reported
    const touched = new Set();  // every labelled socket and server, closed at the end
    const pacer = windowMode ? listenToHost() : null;

    function clock() {
        const t = process.hrtime();
        return t[0] * 1e3 + t[1] / 1e6;
    }
    function emitControl(kind, fields) {
        console.log('\u0001lesson ' + JSON.stringify(Object.assign({ kind }, fields)));
    }
    function say(text) { console.log(text); }
    const words = plan.text.words;
    // "%1" of a translated text replaced by value.
    function fill(template, value) { return template.replace('%1', () => value); }
    // A count in words: the plan's forms for 0, 1 and more.
    function count(forms, n) { return forms[Math.min(n, 2)].replace('%n', String(n)); }

    // In the window the panel paces the lesson through standard input, one word a line:
    // "next" (the learner pressed Next: the next step may begin) and "do" (Do it for me: a
    // learner step runs its code). Under node a person can type them (an empty line is next).
    function listenToHost() {
        const waiting = { next: [], do: [] };
        const early = { next: 0, do: 0 }; // words that came before anyone waited for them
        let rest = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', (text) => {
            rest += text;
            let newline;
            while ((newline = rest.indexOf('\n')) >= 0) {
                const word = rest.slice(0, newline).trim() || 'next'; // Enter in a terminal
                rest = rest.slice(newline + 1);
                if (!(word in waiting))
                    continue;
                if (waiting[word].length > 0)
                    waiting[word].shift()();
                else if (word === 'next')
                    ++early[word]; // "do" means the learner step on screen, or nothing
            }
        });
        return {
            // A Promise that settles when the host says word.
            when(word) {
                if (early[word] > 0) {
                    --early[word];
                    return Promise.resolve();
                }
                return new Promise((resolve) => waiting[word].push(resolve));
            },
            forget(word) { waiting[word].length = 0; },
            stop() { process.stdin.pause(); },
        };
    }

    const chosen = { client: [], accepted: [], server: [] }; // lesson.labelNext()
    function nextLabel(base) {
        if (chosen[base].length > 0)
            return chosen[base].shift();
        const n = (used.get(base) || 0) + 1;
        used.set(base, n);
        return n === 1 ? base : base + n;
    }
    function labelOf(object, base) {
        if (!labels.has(object)) {
            labels.set(object, nextLabel(base));
            announce(object);
        }
        touched.add(object);
        return labels.get(object);
    }
    // The trace's endpoint id of a socket or server run by netbench; undefined under node.
    function idOf(object) {
        return typeof object._id === 'number' ? object._id : undefined;
    }
    // A host shows the label with the endpoint (the window's Endpoints tree), so that a
    // learner step can say "select the socket named client".
    function announce(object) {
        if (protocol && !over && idOf(object) !== undefined)
            emitControl('label', { id: idOf(object), role: labels.get(object),
                                   endpoint: object instanceof net.Server ? 'server' : 'socket' });
    }

    function preview(chunk) {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        return text.length > 32 ? text.slice(0, 32) + '…' : text;
    }
    function sizeOf(chunk) {
        return typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    }

    // What a reader sees of one observation, after the label and the name.
    function describe(name, f) {
        switch (name) {
        case 'data': return count(words.bytes, f.bytes) + ' ' + JSON.stringify(f.text);
        case 'write()':
            return count(words.bytes, f.bytes) + ' ' + JSON.stringify(f.text) + ' → ' + f.ok + ', bufferSize ' + f.bufferSize
                + ' (highWaterMark ' + f.highWaterMark + ')';
        case 'error': return f.code + ': ' + f.message;
        case 'close': return f.hadError === undefined ? '' : 'hadError ' + f.hadError;
        case 'connection': return fill(words.acceptedAs, f.socket);
        case 'listening': return f.address;
        case 'connect': return f.address ? fill(words.connectedTo, f.address) : '';
        case 'connect()': case 'listen()': return f.address || '';
        case 'setNoDelay()': case 'setKeepAlive()': return String(f.enable);
        case 'setTimeout()': return f.ms + ' ms';
        default: return '';
        }
    }

    function fieldMatches(observed, check) {
        if (!(check.key in observed))
            return false;
        const value = observed[check.key];
        switch (check.op) {
        case '=': return String(value) === check.value;
        case '!=': return String(value) !== check.value;
        case '>': return Number(value) > Number(check.value);
        case '<': return Number(value) < Number(check.value);
        case '~': return String(value).includes(check.value);
        }
        return false;
    }
    function matches(expectation, role, name, fields) {
        return (expectation.role === '*' || expectation.role === role)
            && expectation.name === name
            && expectation.fields.every((check) => fieldMatches(fields, check));
    }

    // kind: 'server' or 'socket', and id (the trace's endpoint id, when netbench runs the
    // script), for a host that finds the record in its trace.
    function observe(kind, id, role, name, fields) {
        if (over)
            return;
        const ms = clock() - start;
        if (protocol)
            emitControl('event', { ms, endpoint: kind, id, role, name, fields });
        else
            say('    ' + ms.toFixed(1).padStart(8) + ' ms  ' + role.padEnd(9) + ' '
                + (name + '  ' + describe(name, fields)).trimEnd());
        if (!current)
            return;
        const index = current.pending.findIndex((e) => matches(e, role, name, fields));
        if (index < 0)
            return;
        const met = current.pending.splice(index, 1)[0];
        if (protocol)
            emitControl('noticed', { step: current.index, expectation: met.index,
                                     endpoint: kind, id, role, name, fields });
        else
            say(plan.text.steps[current.index].noticed[met.index]);
        if (current.pending.length === 0 && current.waiter)
            current.waiter();
    }

    function addressOf(handle) {
        const a = handle.address && handle.address();
        if (!a)
            return '';
        return typeof a === 'string' ? a : (a.family === 'IPv6' ? '[' + a.address + ']' : a.address)
            + ':' + a.port;
    }
    function socketFields(socket, name, args) {
        switch (name) {
        case 'data': return { bytes: sizeOf(args[0]), text: preview(args[0]) };
        case 'error': return { code: args[0] && args[0].code, message: args[0] && args[0].message };
        case 'close': return { hadError: args[0] };
        case 'connect':
            return { address: socket.remoteAddress !== undefined && socket.remotePort !== undefined
                ? socket.remoteAddress + ':' + socket.remotePort : '' };
        default: return {};
        }
    }

    // Under node, standard input and output can be net.Sockets too (pipes): not the lesson's.
    function isStdio(object) {
        return object === process.stdout || object === process.stderr
            || (pacer !== null && object === process.stdin);
    }

    function patchEmit(proto, events, kind) {
        const original = proto.emit;
        proto.emit = function (name, ...args) {
            if (events.has(name) && !isStdio(this)) {
                let fields;
                if (kind === 'server') {
                    fields = name === 'connection' ? { socket: labelOf(args[0], 'accepted') }
                        : name === 'listening' ? { address: addressOf(this) }
                        : name === 'error' ? { code: args[0] && args[0].code,
                                               message: args[0] && args[0].message }
                        : {};
                } else {
                    fields = socketFields(this, name, args);
                }
                observe(kind, idOf(this), labelOf(this, kind === 'server' ? 'server' : 'client'),
                        name, fields);
            }
            return original.call(this, name, ...args);
        };
    }

    function callFields(target, name, args, result) {
        switch (name) {
        case 'write': {
            const chunk = args[0];
            return { bytes: sizeOf(chunk), text: preview(chunk), ok: result,
                     bufferSize: target.writableLength, highWaterMark: target.writableHighWaterMark };
        }
        case 'setNoDelay': return { enable: args[0] === undefined ? true : Boolean(args[0]) };
        case 'setKeepAlive': return { enable: Boolean(args[0]) };
        case 'setTimeout': return { ms: args[0] };
        case 'listen': case 'connect': {
            // net.connect() hands socket.connect() its normalized arguments as one array.
            const list = Array.isArray(args[0]) ? args[0] : args;
            const o = list[0];
            if (o && typeof o === 'object')
                return { address: o.path !== undefined ? o.path
                                                       : (o.host || 'localhost') + ':' + o.port };
            if (typeof o === 'string' && !/^[0-9]+$/.test(o))
                return { address: o };
            const host = typeof list[1] === 'string' ? list[1] : (name === 'listen' ? '' : 'localhost');
            return { address: host + ':' + o };
        }
        default: return {};
        }
    }

    function patchCalls(proto, calls, kind) {
        for (const name of calls) {
            const original = proto[name];
            if (typeof original !== 'function')
                continue;
            proto[name] = function (...args) {
                if (depth > 0 || isStdio(this))
                    return original.apply(this, args);
                const role = labelOf(this, kind === 'server' ? 'server' : 'client');
                ++depth;
                let result;
                try {
                    result = original.apply(this, args);
                } finally {
                    --depth;
                }
                observe(kind, idOf(this), role, name + '()', callFields(this, name, args, result));
                return result;
            };
        }
    }

    // Adding a 'data' listener resumes the stream: Node's doing, not a call of the lesson's.
    for (const name of ['on', 'addListener', 'once', 'pipe']) {
        const original = net.Socket.prototype[name];
        net.Socket.prototype[name] = function (...args) {
            ++depth;
            try {
                return original.apply(this, args);
            } finally {
                --depth;
            }
        };
    }
    patchEmit(net.Socket.prototype, SocketEvents, 'socket');
    patchEmit(net.Server.prototype, ServerEvents, 'server');
    patchCalls(net.Socket.prototype, SocketCalls, 'socket');
    patchCalls(net.Server.prototype, ServerCalls, 'server');

    // The end of the lesson: what it left open is closed, so the run ends as a script does
    // when nothing is left (process.exit() crashed Qt 6.4's engine now and then there).
    function closeAll() {
        over = true;
        if (pacer)
            pacer.stop();
        for (const object of touched) {
            if (object instanceof net.Server) {
                if (object.listening)
                    object.close();
            } else if (!object.destroyed) {
                object.destroy();
            }
        }
    }

    function fail(message) {
        over = true;
        if (protocol)
            emitControl('failed', { message });
        console.error(fill(words.failed, message));
        process.exitCode = 1;
        if (current)
            clearTimeout(current.timer);
        closeAll();
        // A timer of the lesson's own could keep the run alive: it ends a second later then.
        setTimeout(() => process.exit(1), 1000).unref();
    }

    const lesson = {
        // Names a socket or server in what the lesson prints and in its expectations.
        label(object, name) {
            labels.set(object, String(name));
            announce(object);
            touched.add(object);
            return object;
        },
        // Names the next socket or server of a kind ('client', 'accepted' or 'server') that
        // would get an automatic label, before it makes its first call or event.
        labelNext(kind, name) {
            if (!chosen[kind])
                throw new TypeError('lesson.labelNext(): kind is client, accepted or server');
            chosen[kind].push(String(name));
        },
        // A Promise of the next `name` event's arguments. Unlike events.once() it does not
        // reject on 'error': for waiting on 'close' after an error.
        next(emitter, name) {
            return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
        },
        // A Promise that settles after ms milliseconds (for measuring, never for waiting on
        // an event: wait for the event itself with once()).
        delay(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); },
        // Milliseconds since the lesson started, with microseconds.
        now() { return clock() - start; },
        // True when the learner performs the actions (in the window), false when headless.
        get inWindow() { return windowMode; },

        // Starts step index; true when its code is to run. In the window a step after the
        // first begins when the learner presses Next, and a learner step's code runs only
        // when the learner asks for it (Do it for me).
        _begin(index) {
            if (pacer && index > 0)
                return pacer.when('next').then(() => lesson._start(index));
            return lesson._start(index);
        },

        _start(index) {
            const step = plan.steps[index];
            if (protocol) {
                emitControl('step', { step: index });
            } else {
                say(plan.text.steps[index].intro);
            }
            const learnerActs = step.learnerAction && windowMode;
            const skipped = step.learnerAction && !windowMode && !step.hasCode;
            current = { index, pending: skipped ? [] : step.expect.slice(), waiter: null,
                        timer: null };
            // One deadline for the step's code and its expectations; a learner in the window
            // takes the time they need.
            const startTimer = () => {
                current.timer = setTimeout(() => {
                    const text = plan.text.steps[index];
                    fail(current.pending.length > 0 ? text.late[current.pending[0].index]
                                                    : text.codeLate);
                }, step.timeoutMs);
            };
            if (skipped) {
                if (protocol)
                    emitControl('skipped', { step: index });
                else
                    say(words.skipped);
            }
            if (!learnerActs) {
                startTimer();
                return true;
            }
            // The learner acts, or asks for it to be done: the first of the two goes on.
            const step_ = current;
            return new Promise((resolve) => {
                step_.waiter = () => {
                    pacer.forget('do');
                    resolve(false);
                };
                pacer.when('do').then(() => {
                    if (current !== step_ || over)
                        return;
                    step_.waiter = null;
                    if (!step.hasCode) { // nothing to do it with: the step is skipped
                        step_.pending = [];
                        if (protocol)
                            emitControl('skipped', { step: index });
                    } else if (protocol) {
                        emitControl('doing', { step: index });
                    }
                    startTimer();
                    resolve(step.hasCode);
                });
            });
        },

        _end(index) {
            const done = () => {
                clearTimeout(current.timer);
                if (protocol)
                    emitControl('stepDone', { step: index });
                current = null;
            };
            if (current.pending.length === 0) {
                done();
                return undefined;
            }
            return new Promise((resolve) => { current.waiter = resolve; }).then(done);
        },

        // Runs the lesson's body, a generator: each value it yields is waited for as `await`
        // would (Qt 6.4's engine has no async functions; netbench writes a step's `await` as
        // `yield`).
        _run(body) {
            const iterator = body();
            const resume = (method, value) => {
                if (over)
                    return; // failed: the steps after it do not run
                let result;
                try {
                    result = iterator[method](value);
                } catch (error) {
                    lesson._crash(error);
                    return;
                }
                if (result.done)
                    lesson._finish();
                else
                    Promise.resolve(result.value).then((v) => resume('next', v),
                                                       (e) => resume('throw', e));
            };
            resume('next');
        },

        _finish() {
            if (protocol)
                emitControl('finished', {});
            else
                say(words.complete);
            closeAll();
        },

        _crash(error) {
            fail(fill(words.threw, error && error.stack ? error.stack : String(error)));
        },
    };
    if (!protocol)
        say(plan.text.intro);
    return lesson;
};
