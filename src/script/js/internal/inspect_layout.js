'use strict';
// How util.inspect() lays out the parts of an object: on one line when they fit Node's rule
// ("compact: 3", 80 columns), otherwise one per line, long arrays of short items in columns.

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Node's groupArrayElements(): long arrays of short items become aligned columns.
function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length)
        outputLength--;
    const separatorSpace = 2;
    const dataLength = [];
    for (let i = 0; i < outputLength; i++) {
        const length = output[i].length;
        dataLength.push(length);
        totalLength += length + separatorSpace;
        if (maxLength < length)
            maxLength = length;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength
        && (totalLength / actualMax > 5 || maxLength <= 6)) {
        const averageBias = Math.sqrt(actualMax - totalLength / output.length);
        const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
        const columns = Math.min(
            Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
            Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
            ctx.compact * 4,
            15);
        if (columns <= 1)
            return output;
        const grouped = [];
        const maxLineLength = [];
        for (let i = 0; i < columns; i++) {
            let lineLength = 0;
            for (let j = i; j < output.length; j += columns) {
                if (dataLength[j] > lineLength)
                    lineLength = dataLength[j];
            }
            maxLineLength.push(lineLength + separatorSpace);
        }
        let padStart = true;
        if (value !== undefined) {
            for (let i = 0; i < output.length; i++) {
                if (typeof value[i] !== 'number') {
                    padStart = false;
                    break;
                }
            }
        }
        for (let i = 0; i < outputLength; i += columns) {
            const max = Math.min(i + columns, outputLength);
            let line = '';
            let j = i;
            for (; j < max - 1; j++) {
                const cell = output[j] + ', ';
                line += padStart ? cell.padStart(maxLineLength[j - i], ' ')
                                 : cell.padEnd(maxLineLength[j - i], ' ');
            }
            if (padStart)
                line += output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ');
            else
                line += output[j];
            grouped.push(line);
        }
        if (ctx.maxArrayLength < output.length)
            grouped.push(output[outputLength]);
        return grouped;
    }
    return output;
}

function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength)
        return false;
    for (let i = 0; i < output.length; i++) {
        totalLength += output[i].length;
        if (totalLength > ctx.breakLength)
            return false;
    }
    return base === '' || base.indexOf('\n') < 0;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
        if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
            const entries = output.length;
            if (extrasType === kArrayExtrasType && entries > 6)
                output = groupArrayElements(ctx, output, value);
            if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
                const start = output.length + ctx.indentationLvl + braces[0].length + base.length
                              + 10;
                if (isBelowBreakLength(ctx, output, start, base)) {
                    const joined = output.join(', ');
                    if (joined.indexOf('\n') < 0)
                        return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
                }
            }
        }
        const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
        return (base ? base + ' ' : '') + braces[0] + indentation + '  '
               + output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base))
        return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  '
           + output.join(',' + indentation + '  ') + indentation + braces[1];
}

module.exports = {
    kObjectType: kObjectType,
    kArrayType: kArrayType,
    kArrayExtrasType: kArrayExtrasType,
    reduceToSingleString: reduceToSingleString,
};
