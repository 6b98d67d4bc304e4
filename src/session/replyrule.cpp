#include "replyrule.h"

#include "replyrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace session {

namespace {

// lupdate files a text by the class it is in (a free tr() of its own landed under the
// namespace, where the lookup never found it): every text here names this one.
struct ReplyRuleText
{
    Q_DECLARE_TR_FUNCTIONS(session::ReplyRule)
};

const QString HexPrefix = u"hex:"_s;
const QString TextPrefix = u"text:"_s;
const QString DelimiterPrefix = u"delim:"_s;

// "200ms", "1.5s", "1m": a unit is required, so a bare 200 is never read as the wrong one.
std::optional<qint64> parseDelay(const QString &text)
{
    static const std::pair<QString, double> units[]
            = {{u"ms"_s, 1}, {u"s"_s, 1000}, {u"m"_s, 60000}};
    for (const auto &[suffix, factor] : units) {
        if (!text.endsWith(suffix))
            continue;
        bool ok = false;
        const double value = QStringView(text).chopped(suffix.size()).toDouble(&ok);
        if (!ok || value < 0 || !std::isfinite(value) || value * factor > 24 * 3600 * 1000.0)
            return std::nullopt;
        return qint64(std::llround(value * factor));
    }
    return std::nullopt;
}

QString delayText(qint64 ms)
{
    return ms % 1000 == 0 ? u"%1s"_s.arg(ms / 1000) : u"%1ms"_s.arg(ms);
}

// The index of the first '=' that is not escaped with a backslash, or -1.
qsizetype findSeparator(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'=')
            return i;
    }
    return -1;
}

bool readOption(const QString &option, ReplyRule *rule, QString *error)
{
    if (option == u"end"_s || option == u"reset"_s) {
        if (rule->after != ReplyRule::After::Nothing) {
            *error = ReplyRuleText::tr("end and reset exclude each other");
            return false;
        }
        rule->after = option == u"end"_s ? ReplyRule::After::End : ReplyRule::After::Reset;
        return true;
    }
    if (option == u"off"_s) {
        rule->enabled = false;
        return true;
    }
    if (option.startsWith(u"delay="_s)) {
        const std::optional<qint64> ms = parseDelay(option.mid(6));
        if (!ms) {
            *error = ReplyRuleText::tr(
                             "delay needs a time with its unit, such as delay=200ms, delay=1.5s or "
                             "delay=1m, not '%1'")
                             .arg(option.mid(6));
            return false;
        }
        rule->delayMs = *ms;
        return true;
    }
    *error = ReplyRuleText::tr("unknown option '%1' (options: delay=TIME, end, reset, off)")
                     .arg(option);
    return false;
}

} // namespace

QString matchName(ReplyRule::Match match)
{
    switch (match) {
    case ReplyRule::Match::Exact: return u"exact"_s;
    case ReplyRule::Match::Contains: return u"contains"_s;
    case ReplyRule::Match::Regex: return u"re"_s;
    case ReplyRule::Match::Hex: return u"hex"_s;
    }
    return {};
}

std::optional<ReplyRule::Match> matchFromName(const QString &name)
{
    for (const ReplyRule::Match match : {ReplyRule::Match::Exact, ReplyRule::Match::Contains,
                                         ReplyRule::Match::Regex, ReplyRule::Match::Hex}) {
        if (matchName(match) == name)
            return match;
    }
    return std::nullopt;
}

QString afterName(ReplyRule::After after)
{
    switch (after) {
    case ReplyRule::After::Nothing: return u"none"_s;
    case ReplyRule::After::End: return u"end"_s;
    case ReplyRule::After::Reset: return u"reset"_s;
    }
    return {};
}

bool ReplyRule::replyIsHex() const
{
    return reply.startsWith(HexPrefix);
}

QString ReplyRule::toText() const
{
    if (!problem.isEmpty() && written.isString())
        return written.toString();
    if (!problem.isEmpty() && written.isObject()) {
        // As written, so that the editor shows the user's words and says what is wrong.
        const QJsonObject o = written.toObject();
        QStringList options {o[u"match"_s].toString(u"contains"_s)};
        if (o.contains(u"delayMs"_s))
            options << u"delay=%1ms"_s.arg(o[u"delayMs"_s].toDouble());
        if (o.contains(u"after"_s) && o[u"after"_s].toString() != u"none"_s)
            options << o[u"after"_s].toString();
        return options.join(u',') + u':' + o[u"pattern"_s].toString() + u'='
                + o[u"reply"_s].toString();
    }
    QStringList head {matchName(match)};
    if (delayMs > 0)
        head << u"delay="_s + delayText(delayMs);
    if (after != After::Nothing)
        head << afterName(after);
    if (!enabled)
        head << u"off"_s;
    // An '=' of the pattern that is not escaped yet (the editor's patterns) becomes \=.
    QString escapedPattern;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'=')
            escapedPattern += u'\\';
        else if (pattern[i] == u'\\' && i + 1 < pattern.size())
            escapedPattern += pattern[i++];
        escapedPattern += pattern[i];
    }
    return head.join(u',') + u':' + escapedPattern + u'=' + reply;
}

std::optional<ReplyRule> ReplyRule::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        *error = ReplyRuleText::tr(
                "a rule is KIND:PATTERN=REPLY (KIND: exact, contains, re or hex)");
        return std::nullopt;
    }
    const QStringList head = text.left(colon).split(u',');
    ReplyRule rule;
    const std::optional<Match> match = matchFromName(head.first());
    if (!match) {
        *error = ReplyRuleText::tr("unknown kind '%1' (exact, contains, re or hex)")
                         .arg(head.first());
        return std::nullopt;
    }
    rule.match = *match;
    for (qsizetype i = 1; i < head.size(); ++i) {
        if (!readOption(head[i], &rule, error))
            return std::nullopt;
    }
    const QString body = text.mid(colon + 1);
    const qsizetype separator = findSeparator(body);
    if (separator < 0) {
        *error = ReplyRuleText::tr(
                "no '=' between the pattern and the reply (write \\= for an '=' in the "
                "pattern)");
        return std::nullopt;
    }
    rule.pattern = body.left(separator); // its \= reads as '=' in text and in a regex alike
    rule.reply = body.mid(separator + 1);
    if (rule.reply.startsWith(TextPrefix))
        rule.reply = rule.reply.mid(TextPrefix.size());
    return rule;
}

QJsonObject ReplyRule::toJson() const
{
    QJsonObject object {
            {u"match"_s, matchName(match)}, {u"pattern"_s, pattern}, {u"reply"_s, reply}};
    if (delayMs > 0)
        object[u"delayMs"_s] = double(delayMs);
    if (after != After::Nothing)
        object[u"after"_s] = afterName(after);
    if (!enabled)
        object[u"enabled"_s] = false;
    return object;
}

std::optional<ReplyRule> ReplyRule::fromJson(const QJsonObject &object, QString *error)
{
    ReplyRule rule;
    const QString kind = object[u"match"_s].toString(u"contains"_s);
    const std::optional<Match> match = matchFromName(kind);
    if (!match) {
        *error = ReplyRuleText::tr("unknown match '%1' (exact, contains, re or hex)").arg(kind);
        return std::nullopt;
    }
    rule.match = *match;
    rule.pattern = object[u"pattern"_s].toString();
    rule.reply = object[u"reply"_s].toString();
    const double delay = object[u"delayMs"_s].toDouble(0);
    if (delay < 0 || delay > 24 * 3600 * 1000.0) {
        *error = ReplyRuleText::tr("delayMs must be from 0 to 86400000");
        return std::nullopt;
    }
    rule.delayMs = qint64(delay);
    const QString after = object[u"after"_s].toString(u"none"_s);
    if (after == u"end"_s)
        rule.after = After::End;
    else if (after == u"reset"_s)
        rule.after = After::Reset;
    else if (after != u"none"_s) {
        *error = ReplyRuleText::tr("unknown after '%1' (none, end or reset)").arg(after);
        return std::nullopt;
    }
    rule.enabled = object[u"enabled"_s].toBool(true);
    return rule;
}

QString ReplyFraming::toText() const
{
    switch (kind) {
    case Kind::Chunk: return u"chunk"_s;
    case Kind::Line: return u"line"_s;
    case Kind::Delimiter: break;
    }
    QString text;
    for (const char byte : delimiter) {
        const auto value = uchar(byte);
        if (value >= 0x21 && value < 0x7f && value != '\\')
            text += QLatin1Char(char(value));
        else
            text += u"\\x%1"_s.arg(value, 2, 16, QChar(u'0'));
    }
    return DelimiterPrefix + text;
}

std::optional<ReplyFraming> ReplyFraming::parse(const QString &text, QString *error)
{
    if (text == u"chunk"_s)
        return ReplyFraming {};
    if (text == u"line"_s)
        return ReplyFraming {Kind::Line, {}};
    if (text.startsWith(DelimiterPrefix)) {
        const std::optional<QByteArray> delimiter
                = decodeEscapes(text.mid(DelimiterPrefix.size()), error);
        if (!delimiter)
            return std::nullopt;
        if (delimiter->isEmpty()) {
            *error = ReplyRuleText::tr("delim: needs at least one byte");
            return std::nullopt;
        }
        return ReplyFraming {Kind::Delimiter, *delimiter};
    }
    *error = ReplyRuleText::tr("framing is chunk, line or delim:TEXT, not '%1'").arg(text);
    return std::nullopt;
}

QJsonObject ReplyRuleSet::toJson() const
{
    QJsonArray array;
    for (const ReplyRule &rule : rules)
        array.append(rule.problem.isEmpty() ? QJsonValue(rule.toJson()) : rule.written);
    return {{u"framing"_s, framing.toText()}, {u"rules"_s, array}};
}

std::optional<ReplyRuleSet> ReplyRuleSet::fromJson(const QJsonObject &object, QString *error)
{
    ReplyRuleSet set;
    const std::optional<ReplyFraming> framing
            = ReplyFraming::parse(object[u"framing"_s].toString(u"chunk"_s), error);
    if (!framing)
        return std::nullopt;
    set.framing = *framing;
    const QJsonArray rules = object[u"rules"_s].toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        // A rule is an object, or a string in the command-line form.
        QString problem;
        const std::optional<ReplyRule> rule = rules[i].isString()
                ? ReplyRule::parse(rules[i].toString(), &problem)
                : ReplyRule::fromJson(rules[i].toObject(), &problem);
        if (!rule) {
            *error = ReplyRuleText::tr("rule %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        set.rules.append(*rule);
    }
    return set;
}

ReplyRuleSet ReplyRuleSet::fromJsonKeepingProblems(const QJsonObject &object, QStringList *problems)
{
    ReplyRuleSet set;
    QString error;
    const std::optional<ReplyFraming> framing
            = ReplyFraming::parse(object[u"framing"_s].toString(u"chunk"_s), &error);
    if (framing)
        set.framing = *framing;
    else
        problems->append(ReplyRuleText::tr("framing: %1; messages are framed by chunk").arg(error));
    const QJsonArray rules = object[u"rules"_s].toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QString problem;
        std::optional<ReplyRule> rule = rules[i].isString()
                ? ReplyRule::parse(rules[i].toString(), &problem)
                : ReplyRule::fromJson(rules[i].toObject(), &problem);
        if (rule)
            problem = ReplyRules::problem(*rule);
        if (!problem.isEmpty()) {
            if (!rule)
                rule = ReplyRule {};
            rule->enabled = false;
            rule->problem = problem;
            rule->written = rules[i];
            problems->append(ReplyRuleText::tr("rule %1: %2; it is kept, turned off")
                                     .arg(i + 1)
                                     .arg(problem));
        }
        set.rules.append(*rule);
    }
    return set;
}

std::optional<ReplyRuleSet> ReplyRuleSet::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReplyRuleText::tr("cannot read rules %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document
            = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (!document.isObject()) {
        *error = ReplyRuleText::tr("rules %1 is not a JSON object: %2")
                         .arg(path,
                              document.isNull() ? parseError.errorString()
                                                : ReplyRuleText::tr("wrong type"));
        return std::nullopt;
    }
    QString problem;
    std::optional<ReplyRuleSet> set = fromJson(document.object(), &problem);
    if (!set)
        *error = ReplyRuleText::tr("rules %1: %2").arg(path, problem);
    return set;
}

std::optional<QByteArray> decodeEscapes(const QString &text, QString *error)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            const qsizetype start = i;
            while (i + 1 < text.size() && text[i + 1] != u'\\')
                ++i;
            bytes += QStringView(text).sliced(start, i - start + 1).toUtf8();
            continue;
        }
        if (++i == text.size()) {
            *error = ReplyRuleText::tr("a lone \\ at the end (write \\\\ for a backslash)");
            return std::nullopt;
        }
        switch (text[i].unicode()) {
        case u'r': bytes += '\r'; break;
        case u'n': bytes += '\n'; break;
        case u't': bytes += '\t'; break;
        case u'0': bytes += '\0'; break;
        case u'e': bytes += '\x1b'; break;
        case u'\\':
        case u'=':
        case u'$': bytes += char(text[i].unicode()); break;
        case u'x': {
            bool ok = false;
            const uint value = text.mid(i + 1, 2).toUInt(&ok, 16);
            if (!ok || text.mid(i + 1, 2).size() != 2) {
                *error = ReplyRuleText::tr("\\x needs two hex digits");
                return std::nullopt;
            }
            bytes += char(value);
            i += 2;
            break;
        }
        default:
            *error = ReplyRuleText::tr(
                             "unknown escape \\%1 (\\r \\n \\t \\0 \\e \\\\ \\= \\$ \\xHH)")
                             .arg(text[i]);
            return std::nullopt;
        }
    }
    return bytes;
}

std::optional<QByteArray> decodeHex(const QString &text, QString *error)
{
    QString digits = text;
    digits.remove(u' ');
    const QByteArray bytes = QByteArray::fromHex(digits.toLatin1());
    if (digits.size() % 2 != 0 || bytes.size() * 2 != digits.size()
        || bytes.toHex() != digits.toLower().toLatin1()) {
        *error = ReplyRuleText::tr("'%1' is not hex bytes (pairs of digits 0-9 a-f)").arg(text);
        return std::nullopt;
    }
    return bytes;
}

} // namespace session
