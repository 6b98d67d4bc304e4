#include "rulesscript.h"

#include "session/replyrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using session::ReplyRule;
using session::ReplyRules;

namespace gui {

namespace {

// lupdate files a text by the class it is in (a free tr() of its own landed under the
// namespace, where the lookup never found it): every text here names this one.
struct RulesScriptText
{
    Q_DECLARE_TR_FUNCTIONS(gui::RulesScript)
};

// Bytes as a JavaScript string of Latin-1 characters, one per byte.
QString latin1Literal(const QByteArray &bytes)
{
    QString out = u"'"_s;
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if (byte >= 0x20 && byte < 0x7f && byte != '\'' && byte != '\\')
            out += QLatin1Char(char(byte));
        else
            out += u"\\x%1"_s.arg(byte, 2, 16, QChar(u'0'));
    }
    return out + u"'"_s;
}

// Bytes matched literally inside a JavaScript regular expression.
QString regexLiteral(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto byte = uchar(c);
        if ((byte >= '0' && byte <= '9') || (byte >= 'A' && byte <= 'Z')
            || (byte >= 'a' && byte <= 'z'))
            out += QLatin1Char(char(byte));
        else
            out += u"\\x%1"_s.arg(byte, 2, 16, QChar(u'0'));
    }
    return out;
}

// PCRE syntax a JavaScript RegExp reads differently or not at all.
bool pcreOnly(const QString &pattern)
{
    static const QRegularExpression constructs(
            uR"(\\[AzZhHKGRQEvV]|\(\?[imsxJU-]+[):]|\(\?P|\(\?>|\(\?\||\(\?#|[*+?}]\+|\[\[:)"_s);
    return constructs.match(pattern).hasMatch();
}

// The rule's '.' matches every byte, newlines too (PCRE's dotall): written as [\s\S], since
// the 's' flag is newer than some engines the script runs on (Qt 6.4's refuses it).
QString dotMatchesEverything(const QString &pattern)
{
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
            continue;
        }
        if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        out += c == u'.' && !inClass ? u"[\\s\\S]"_s : QString(c);
    }
    return out;
}

// The rule's pattern as the source of a JavaScript RegExp over Latin-1 text, or why not.
std::optional<QString> jsRegex(const ReplyRule &rule, QString *why)
{
    switch (rule.match) {
    case ReplyRule::Match::Regex: {
        const QString pattern = QString::fromLatin1(rule.pattern.toUtf8());
        if (pcreOnly(pattern)) {
            *why = RulesScriptText::tr(
                    "its regular expression uses PCRE syntax that JavaScript does not have");
            return std::nullopt;
        }
        return dotMatchesEverything(pattern);
    }
    case ReplyRule::Match::Hex: {
        QString digits = rule.pattern;
        digits.remove(u' ');
        QString out;
        for (qsizetype i = 0; i + 1 < digits.size(); i += 2) {
            const QString pair = digits.mid(i, 2);
            out += pair == u"??"_s ? u"[\\s\\S]"_s : u"\\x"_s + pair.toLower();
        }
        return out;
    }
    case ReplyRule::Match::Exact:
    case ReplyRule::Match::Contains: break;
    }
    QString unused;
    const QByteArray bytes = session::decodeEscapes(rule.pattern, &unused).value_or(QByteArray());
    const QString literal = regexLiteral(bytes);
    return rule.match == ReplyRule::Match::Exact ? u"^(?:"_s + literal + u")$"_s : literal;
}

QString piecesCode(const QList<ReplyRules::Piece> &pieces)
{
    QStringList out;
    for (const ReplyRules::Piece &piece : pieces) {
        switch (piece.kind) {
        case ReplyRules::Piece::Kind::Literal: out << latin1Literal(piece.literal); break;
        case ReplyRules::Piece::Kind::Group: out << QString::number(piece.group); break;
        case ReplyRules::Piece::Kind::Count: out << u"{ macro: 'count' }"_s; break;
        case ReplyRules::Piece::Kind::Time: out << u"{ macro: 'time' }"_s; break;
        case ReplyRules::Piece::Kind::Data: out << u"{ macro: 'data' }"_s; break;
        case ReplyRules::Piece::Kind::Length: out << u"{ macro: 'length' }"_s; break;
        }
    }
    return u"["_s + out.join(u", "_s) + u"]"_s;
}

QString framingCode(const session::ReplyFraming &framing)
{
    switch (framing.kind) {
    case session::ReplyFraming::Kind::Chunk: return u"'chunk'"_s;
    case session::ReplyFraming::Kind::Line: return u"'line'"_s;
    case session::ReplyFraming::Kind::Delimiter: break;
    }
    return u"Buffer.from(%1, 'latin1')"_s.arg(latin1Literal(framing.delimiter));
}

} // namespace

RulesScript rulesAsScript(const session::ReplyRuleSet &set, const QString &owner)
{
    RulesScript script;
    QString error;
    const std::shared_ptr<ReplyRules> compiled = ReplyRules::compile(set, &error);
    QStringList rules;
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const ReplyRule &rule = set.rules.at(i);
        const QString text = rule.toText();
        QString why;
        std::optional<QString> regex;
        if (!compiled)
            why = error;
        else if (!rule.enabled)
            why = RulesScriptText::tr("it is turned off");
        else
            regex = jsRegex(rule, &why);
        if (!regex) {
            script.leftOut << RulesScriptText::tr("%1: auto-reply rule %2 (%3) left out: %4")
                                      .arg(owner)
                                      .arg(i + 1)
                                      .arg(text, why);
            rules << u"        // left out: %1 (%2)"_s.arg(text, why).replace(u'\n', u' ');
            continue;
        }
        rules << u"        // %1\n        { re: new RegExp(%2), reply: %3, delayMs: %4, "
                 u"after: '%5' },"_s.arg(
                         QString(text).replace(u'\n', u' '), latin1Literal(regex->toLatin1()),
                         piecesCode(compiled->replyPieces(int(i))), QString::number(rule.delayMs),
                         session::afterName(rule.after));
    }
    script.rules = u"{\n    framing: %1,\n    rules: [\n%2\n    ],\n}"_s.arg(
            framingCode(set.framing), rules.join(u'\n'));
    return script;
}

QString answerByRulesFunction()
{
    return uR"(// Auto-reply rules, as the window answered by them: what arrives is cut into messages
// (each chunk, each line, or up to each delimiter), the first rule whose pattern matches a
// message (seen as Latin-1 text, one character per byte) answers it, after its delay and in
// the order of the messages; 'end' or 'reset' closes once the reply is written, and later
// messages get no reply.
function answerByRules(socket, set, allowHalfOpen) {
    const MAX_FRAME = 1024 * 1024;
    const hits = set.rules.map(() => 0);
    const queue = [];
    let buffer = Buffer.alloc(0);
    let closing = false;
    let peerEnded = false;
    let timer = null;
    const piece = (p, i, match, message) => {
        if (typeof p === 'string') return Buffer.from(p, 'latin1');
        if (typeof p === 'number') return Buffer.from(match[p] || '', 'latin1');
        if (p.macro === 'count') return Buffer.from(String(hits[i]));
        if (p.macro === 'time') return Buffer.from(new Date().toISOString());
        if (p.macro === 'data') return message;
        return Buffer.from(String(message.length));
    };
    const endIfDone = () => {
        if (peerEnded && allowHalfOpen && queue.length === 0 && socket.writable) socket.end();
    };
    const sendDue = () => {
        timer = null;
        while (queue.length > 0) {
            const wait = queue[0].due - Date.now();
            if (wait > 0) { timer = setTimeout(sendDue, wait); return; }
            const { bytes, after } = queue.shift();
            if (socket.destroyed || !socket.writable) continue;
            if (after === 'end') socket.end(bytes);
            else if (after === 'reset') socket.write(bytes, () => socket.resetAndDestroy());
            else if (!socket.write(bytes)) socket.pause();
        }
        endIfDone();
    };
    const answer = (message) => {
        const text = message.toString('latin1');
        for (let i = 0; i < set.rules.length; ++i) {
            const rule = set.rules[i];
            const match = rule.re.exec(text);
            if (!match) continue;
            hits[i] += 1;
            const bytes = Buffer.concat(rule.reply.map((p) => piece(p, i, match, message)));
            if (rule.after !== 'none') closing = true;
            queue.push({ bytes, after: rule.after, due: Date.now() + rule.delayMs });
            if (timer === null) sendDue();
            return;
        }
    };
    const take = () => {
        const delimiter = set.framing === 'line' ? Buffer.from('\n') : set.framing;
        while (!closing) {
            const at = buffer.indexOf(delimiter);
            if (at < 0 || at > MAX_FRAME) {
                if (buffer.length < MAX_FRAME) return;
                answer(buffer.subarray(0, MAX_FRAME));
                buffer = buffer.subarray(MAX_FRAME);
                continue;
            }
            let end = at;
            if (set.framing === 'line' && end > 0 && buffer[end - 1] === 13) end -= 1;
            answer(buffer.subarray(0, end));
            buffer = buffer.subarray(at + delimiter.length);
        }
    };
    socket.on('data', (chunk) => {
        if (typeof chunk === 'string') chunk = Buffer.from(chunk);
        if (closing) return;
        if (set.framing === 'chunk') { answer(chunk); return; }
        buffer = Buffer.concat([buffer, chunk]);
        take();
    });
    socket.on('drain', () => socket.resume());
    socket.on('end', () => {
        peerEnded = true;
        if (buffer.length > 0 && !closing) answer(buffer);
        buffer = Buffer.alloc(0);
        endIfDone();
    });
}
)"_s;
}

} // namespace gui
