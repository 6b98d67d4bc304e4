'use strict';
// process.stdin when the host gives the run an input (script::RunOptions::input; the window's
// Lessons panel tells a lesson's script this way when the learner presses Next). A small
// readable stream with the parts of node's that a line reader uses: it starts paused; a 'data'
// listener or resume() makes it flow and pause() stops it; while it flows and has not ended,
// the run stays alive (as a flowing stdin keeps node's). 'data' gives Buffers, or strings after
// setEncoding(); 'end' follows the host's end of the input.

const EventEmitter = require('events');
const loop = require('internal/loop');
const FastBuffer = require('buffer').FastBuffer;
const StringDecoder = require('string_decoder').StringDecoder;
const events = require('internal/net_common').events;

class Stdin extends EventEmitter {
    constructor(bridge) {
        super();
        this._bridge = bridge;
        this._flowing = null;  // null: never asked; node's readableFlowing
        this._decoder = null;
        this._held = [];       // chunks that arrived while paused
        this._ended = false;
        this.readableEnded = false;
        loop.handles.set(bridge.id, this);
    }

    get readableFlowing() { return this._flowing; }
    get fd() { return 0; }

    _activeResources(requests, handles) {
        if (this._flowing && !this._ended)
            handles[handles.length] = 'PipeWrap';
    }

    _onNative(event, bytes) {
        if (event === events.kData)
            this._push(new FastBuffer(bytes));
        else if (event === events.kEnd)
            this._push(null);
    }

    _push(chunk) {
        if (chunk !== null && this._decoder !== null)
            chunk = this._decoder.write(chunk);
        if (chunk === '')
            return;
        this._held.push(chunk);
        this._flush();
    }

    _flush() {
        while (this._flowing && this._held.length > 0) {
            const chunk = this._held.shift();
            if (chunk === null) {
                this._ended = this.readableEnded = true;
                this._bridge.setReading(false);
                loop.handles.delete(this._bridge.id);
                this.emit('end');
            } else {
                this.emit('data', chunk);
            }
        }
    }

    setEncoding(encoding) {
        this._decoder = new StringDecoder(encoding === undefined ? 'utf8' : encoding);
        return this;
    }

    on(event, listener) {
        super.on(event, listener);
        if (event === 'data' && this._flowing !== false)
            this.resume();
        return this;
    }

    resume() {
        if (this._flowing !== true && !this._ended) {
            this._flowing = true;
            this._bridge.setReading(true);
            loop.nextTick(() => this._flush());
        }
        return this;
    }

    pause() {
        if (this._flowing !== false) {
            this._flowing = false;
            this._bridge.setReading(false);
        }
        return this;
    }

    isPaused() { return this._flowing === false; }
}
Stdin.prototype.addListener = Stdin.prototype.on;

module.exports = {
    // process.stdin over the run's input bridge (native.newInput()).
    create(bridge) { return new Stdin(bridge); },
};
