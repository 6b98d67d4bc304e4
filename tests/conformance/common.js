'use strict';
// Shared helpers for the conformance scripts (require('./common')).
//
// Written for both engines the scripts run on: node and `netbench run` (Qt 6.4's QJSEngine).
// So: ES2016 at most — no async/await, no object spread, no BigInt, no optional catch binding,
// no trailing commas in calls — and only the modules both provide (net, assert, events, util,
// buffer).

const assert = require('assert');
const util = require('util');

const checks = [];
let skipped = false;

function where() {
  // First stack line outside this file, for messages; the format differs between engines,
  // so it is informative only.
  const stack = String(new Error().stack || '').split('\n');
  for (let i = 1; i < stack.length; i++) {
    if (stack[i].indexOf('common.js') === -1 && stack[i].trim() !== '' &&
        stack[i].indexOf('Error') !== 0)
      return stack[i].trim().replace(/^at /, '');
  }
  return '(unknown)';
}

function noop() {}

// Returns a wrapper around fn that must be called exactly `times` times (default 1)
// before the process exits.
function mustCall(fn, times) {
  if (typeof fn === 'number') {
    times = fn;
    fn = noop;
  }
  if (fn === undefined) fn = noop;
  if (times === undefined) times = 1;
  const check = { exact: times, actual: 0, name: fn.name || '<anonymous>', at: where() };
  checks.push(check);
  return function mustCallWrapper() {
    check.actual++;
    return fn.apply(this, arguments);
  };
}

// Like mustCall but at least `minimum` calls (default 1).
function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') {
    minimum = fn;
    fn = noop;
  }
  if (fn === undefined) fn = noop;
  if (minimum === undefined) minimum = 1;
  const check = { minimum: minimum, actual: 0, name: fn.name || '<anonymous>', at: where() };
  checks.push(check);
  return function mustCallAtLeastWrapper() {
    check.actual++;
    return fn.apply(this, arguments);
  };
}

function mustNotCall(msg) {
  const at = where();
  return function mustNotCall() {
    const args = Array.prototype.slice.call(arguments).map((a) => util.inspect(a));
    assert.fail((msg || 'function should not have been called') + ' at ' + at +
                (args.length ? ' with ' + args.join(', ') : ''));
  };
}

// A Node-style (err, ...results) callback that must be called once without an error.
function mustSucceed(fn, times) {
  return mustCall(function mustSucceedWrapper(err) {
    if (err) throw err;
    if (fn) return fn.apply(this, Array.prototype.slice.call(arguments, 1));
  }, times);
}

process.on('exit', function runCallChecks(code) {
  // Do not pile on when the script already failed; a missing exit code is not a failure.
  if (typeof code === 'number' && code !== 0) return;
  if (skipped) return;
  const failed = checks.filter((c) => c.exact !== undefined ? c.actual !== c.exact
                                                             : c.actual < c.minimum);
  if (failed.length === 0) return;
  const lines = failed.map((c) => 'Mismatched ' + c.name + ' function calls. Expected ' +
      (c.exact !== undefined ? 'exactly ' + c.exact : 'at least ' + c.minimum) +
      ', actual ' + c.actual + '.\n    at ' + c.at);
  lines.forEach((l) => console.error(l));
  process.exitCode = 1;
  throw new assert.AssertionError({ message: lines.join('\n') });
});

// Checks the properties of an error object: `expected` maps property names to values
// (strict equality) or RegExps (matched against String(value)). `name` is checked too and
// `type`, if given, is checked with instanceof.
function checkError(err, expected) {
  assert.ok(err instanceof Error, 'expected an Error, got ' + util.inspect(err));
  Object.keys(expected).forEach((key) => {
    const want = expected[key];
    if (key === 'type') {
      assert.ok(err instanceof want, 'expected an instance of ' + want.name + ', got ' + err.name);
    } else if (want instanceof RegExp) {
      assert.match(String(err[key]), want);
    } else {
      assert.strictEqual(err[key], want, 'error.' + key);
    }
  });
  return err;
}

// A function checking the error it is called with, which must be called `times` (1).
function expectsError(expected, times) {
  return mustCall(function expectedError(err) {
    checkError(err, expected);
  }, times);
}

// A fresh Unix domain socket path under $TMPDIR (or /tmp), unique to this process.
// A listening server unlinks it when closed.
let pathCounter = 0;
function socketPath(tag) {
  let dir = process.env.TMPDIR || '/tmp';
  if (dir.length > 1 && dir[dir.length - 1] === '/') dir = dir.slice(0, -1);
  pathCounter++;
  return dir + '/nbconf-' + process.pid + '-' + (tag || 's') + '-' + pathCounter + '.sock';
}

// An unref'd timer that fails the script if it is still running after `ms` (default 10 s):
// it never keeps the process alive by itself, so it only fires when something hangs.
// NETBENCH_TIMEOUT_SCALE stretches it for builds that run slower (CTest sets it for the
// sanitizer builds).
function watchdog(ms, what) {
  const limit = (ms || 10000) * (Number(process.env.NETBENCH_TIMEOUT_SCALE) || 1);
  const t = setTimeout(() => {
    console.error('watchdog: ' + (what || 'script') + ' still running after ' + limit + ' ms');
    process.exit(1);
  }, limit);
  t.unref();
  return t;
}

// Ends the script successfully, saying why the rest was skipped.
function skip(why) {
  skipped = true;
  console.log('1..0 # Skipped: ' + why);
  process.exit(0);
}

// Reads everything from a readable socket, calls done(Buffer) on 'end'.
function collect(socket, done) {
  const chunks = [];
  socket.on('data', (d) => chunks.push(typeof d === 'string' ? Buffer.from(d) : d));
  socket.on('end', () => done(Buffer.concat(chunks)));
}

module.exports = {
  mustCall: mustCall,
  mustCallAtLeast: mustCallAtLeast,
  mustNotCall: mustNotCall,
  mustSucceed: mustSucceed,
  checkError: checkError,
  expectsError: expectsError,
  socketPath: socketPath,
  watchdog: watchdog,
  skip: skip,
  collect: collect,
  localhostIPv4: '127.0.0.1'
};
