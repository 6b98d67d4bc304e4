'use strict';
// assert.AssertionError with Node 20's messages: short values side by side ("1 !== 2"),
// longer ones as a line diff of their inspected forms ("+ actual - expected").

const inspect = require('internal/inspect').inspect;
const validators = require('internal/validators');

const kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortLength = 12;

function inspectValue(value) {
    return inspect(value, {
        compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
        showHidden: false, showProxy: false, sorted: true, getters: true,
    });
}

function isObjectLike(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// The identical lines before a diverging one: at most two are shown, "..." stands for more.
function identicalContext(lines, i, identical, state) {
    let text = '';
    if (identical > 2) {
        if (identical > 3) {
            if (identical > 4) {
                if (identical === 5) {
                    text += '\n  ' + lines[i - 3];
                    state.printed++;
                } else {
                    text += '\n...';
                    state.skipped = true;
                }
            }
            text += '\n  ' + lines[i - 2];
            state.printed++;
        }
        text += '\n  ' + lines[i - 1];
        state.printed++;
    }
    return text;
}

function createErrDiff(actual, expected, operator) {
    let other = '';
    let result = '';
    let end = '';
    const state = { skipped: false, printed: 0 };
    const actualInspected = inspectValue(actual);
    const actualLines = actualInspected.split('\n');
    const expectedLines = inspectValue(expected).split('\n');
    let i = 0;
    let indicator = '';
    if (operator === 'strictEqual'
        && ((isObjectLike(actual) && isObjectLike(expected) && typeof actual === typeof expected))) {
        operator = 'strictEqualObject';
    }
    if (actualLines.length === 1 && expectedLines.length === 1
        && actualLines[0] !== expectedLines[0]) {
        const inputLength = actualLines[0].length + expectedLines[0].length;
        if (inputLength <= kMaxShortLength) {
            if (!isObjectLike(actual) && !isObjectLike(expected)
                && (actual !== 0 || expected !== 0)) {
                return kReadableOperator[operator] + '\n\n' + actualLines[0] + ' !== '
                       + expectedLines[0] + '\n';
            }
        } else if (operator !== 'strictEqualObject') {
            if (inputLength < 80) {
                while (actualLines[0][i] === expectedLines[0][i])
                    i++;
                if (i > 2) {
                    indicator = '\n  ' + ' '.repeat(i) + '^';
                    i = 0;
                }
            }
        }
    }
    let a = actualLines[actualLines.length - 1];
    let b = expectedLines[expectedLines.length - 1];
    while (a === b) {
        if (i++ < 3)
            end = '\n  ' + a + end;
        else
            other = a;
        actualLines.pop();
        expectedLines.pop();
        if (actualLines.length === 0 || expectedLines.length === 0)
            break;
        a = actualLines[actualLines.length - 1];
        b = expectedLines[expectedLines.length - 1];
    }
    const maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
        const lines = actualInspected.split('\n');
        if (lines.length > 50) {
            lines[46] = '...';
            lines.length = 47;
        }
        return kReadableOperator.notIdentical + '\n\n' + lines.join('\n') + '\n';
    }
    if (i >= 5) {
        end = '\n...' + end;
        state.skipped = true;
    }
    if (other !== '') {
        end = '\n  ' + other + end;
        other = '';
    }
    let identical = 0;
    const message = kReadableOperator[operator] + '\n+ actual - expected';
    const skippedMessage = ' ... Lines skipped';
    let lines = actualLines;
    let plusMinus = '+';
    let maxLength = expectedLines.length;
    if (actualLines.length < maxLines) {
        lines = expectedLines;
        plusMinus = '-';
        maxLength = actualLines.length;
    }
    for (i = 0; i < maxLines; i++) {
        if (maxLength < i + 1) {
            result += identicalContext(lines, i, identical, state);
            identical = 0;
            if (lines === actualLines)
                result += '\n' + plusMinus + ' ' + lines[i];
            else
                other += '\n' + plusMinus + ' ' + lines[i];
            state.printed++;
        } else {
            const expectedLine = expectedLines[i];
            let actualLine = actualLines[i];
            let diverging = actualLine !== expectedLine
                            && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
            if (diverging && expectedLine.endsWith(',')
                && expectedLine.slice(0, -1) === actualLine) {
                diverging = false;
                actualLine += ',';
            }
            if (diverging) {
                result += identicalContext(actualLines, i, identical, state);
                identical = 0;
                result += '\n+ ' + actualLine;
                other += '\n- ' + expectedLine;
                state.printed += 2;
            } else {
                result += other;
                other = '';
                identical++;
                if (identical <= 2) {
                    result += '\n  ' + actualLine;
                    state.printed++;
                }
            }
        }
        if (state.printed > 50 && i < maxLines - 2)
            return message + skippedMessage + '\n' + result + '\n...' + other + '\n...';
    }
    return message + (state.skipped ? skippedMessage : '') + '\n' + result + other + end
           + indicator;
}

function messageFor(actual, expected, operator) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual')
        return createErrDiff(actual, expected, operator);
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const lines = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && isObjectLike(actual))
            base = kReadableOperator.notStrictEqualObject;
        if (lines.length > 50) {
            lines[46] = '...';
            lines.length = 47;
        }
        if (lines.length === 1)
            return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
        return base + '\n\n' + lines.join('\n') + '\n';
    }
    let text = inspectValue(actual);
    let other = inspectValue(expected);
    const known = kReadableOperator[operator];
    if (operator === 'notDeepEqual' && text === other) {
        text = known + '\n\n' + text;
        return text.length > 1024 ? text.slice(0, 1021) + '...' : text;
    }
    if (text.length > 512)
        text = text.slice(0, 509) + '...';
    if (other.length > 512)
        other = other.slice(0, 509) + '...';
    if (operator === 'deepEqual') {
        text = known + '\n\n' + text + '\n\nshould loosely deep-equal\n\n';
    } else {
        const unequal = kReadableOperator[operator + 'Unequal'];
        if (unequal)
            text = unequal + '\n\n' + text + '\n\nshould not loosely deep-equal\n\n';
        else
            other = ' ' + operator + ' ' + other;
    }
    return text + other;
}

class AssertionError extends Error {
    constructor(options) {
        validators.validateObject(options, 'options');
        const message = options.message;
        super(message != null ? String(message)
                              : messageFor(options.actual, options.expected, options.operator));
        this.generatedMessage = message == null;
        this.code = 'ERR_ASSERTION';
        this.actual = options.actual;
        this.expected = options.expected;
        this.operator = options.operator;
    }

    toString() {
        return this.name + ' [' + this.code + ']: ' + this.message;
    }
}
Object.defineProperty(AssertionError.prototype, 'name', {
    value: 'AssertionError', writable: true, configurable: true, enumerable: false,
});

module.exports = { AssertionError: AssertionError };
