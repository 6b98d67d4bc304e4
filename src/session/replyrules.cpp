#include "replyrules.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace session {

namespace {

// lupdate files a text by the class it is in (a free tr() of its own landed under the
// namespace, where the lookup never found it): every text here names this one.
struct ReplyRulesText
{
    Q_DECLARE_TR_FUNCTIONS(session::ReplyRule)
};

using Piece = ReplyRules::Piece;

// Bytes as Latin-1 text, one character per byte, and back.
QString asText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QString hexPatternToRegex(const QString &pattern, QString *error)
{
    QString digits = pattern;
    digits.remove(u' ');
    if (digits.isEmpty() || digits.size() % 2 != 0) {
        *error = ReplyRulesText::tr(
                         "'%1' is not a hex pattern (pairs of hex digits, ?? for any byte)")
                         .arg(pattern);
        return {};
    }
    QString regex;
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const QString pair = digits.mid(i, 2);
        if (pair == u"??"_s) {
            regex += u'.';
            continue;
        }
        bool ok = false;
        const uint value = pair.toUInt(&ok, 16);
        if (!ok) {
            *error = ReplyRulesText::tr(
                             "'%1' is not a hex pattern (pairs of hex digits, ?? for any byte)")
                             .arg(pattern);
            return {};
        }
        regex += u"\\x{%1}"_s.arg(value, 2, 16, QChar(u'0'));
    }
    return regex;
}

QString patternToRegex(const ReplyRule &rule, QString *error)
{
    switch (rule.match) {
    case ReplyRule::Match::Regex:
        return asText(rule.pattern.toUtf8()); // non-ASCII stands for its UTF-8 bytes
    case ReplyRule::Match::Hex: return hexPatternToRegex(rule.pattern, error);
    case ReplyRule::Match::Exact:
    case ReplyRule::Match::Contains: break;
    }
    const std::optional<QByteArray> bytes = decodeEscapes(rule.pattern, error);
    if (!bytes)
        return {};
    const QString escaped = QRegularExpression::escape(asText(*bytes));
    return rule.match == ReplyRule::Match::Exact ? u"\\A(?:"_s + escaped + u")\\z"_s : escaped;
}

bool readMacro(const QString &text, qsizetype *i, int groups, QList<Piece> *pieces, QString *error)
{
    const qsizetype start = *i; // at the '$'
    QString name;
    if (start + 1 < text.size() && text[start + 1].isDigit()) {
        name = text[start + 1];
        *i = start + 1;
    } else if (start + 1 < text.size() && text[start + 1] == u'{') {
        const qsizetype close = text.indexOf(u'}', start + 2);
        if (close < 0) {
            *error = ReplyRulesText::tr("${ without its }");
            return false;
        }
        name = text.mid(start + 2, close - start - 2);
        *i = close;
    } else {
        *error = ReplyRulesText::tr("a $ that is no macro (write $$ for a dollar sign)");
        return false;
    }
    bool isNumber = false;
    const int group = name.toInt(&isNumber);
    if (isNumber) {
        if (group < 0 || group > groups) {
            *error = groups == 0
                    ? ReplyRulesText::tr(
                              "the reply uses $%1 but only a regular expression has groups")
                              .arg(name)
                    : ReplyRulesText::tr("the reply uses $%1 but the pattern has %2 groups")
                              .arg(name)
                              .arg(groups);
            return false;
        }
        pieces->append({Piece::Kind::Group, {}, group});
        return true;
    }
    static const std::pair<QString, Piece::Kind> macros[] = {{u"count"_s, Piece::Kind::Count},
                                                             {u"time"_s, Piece::Kind::Time},
                                                             {u"data"_s, Piece::Kind::Data},
                                                             {u"length"_s, Piece::Kind::Length}};
    for (const auto &[macroName, kind] : macros) {
        if (name == macroName) {
            pieces->append({kind, {}, 0});
            return true;
        }
    }
    *error = ReplyRulesText::tr("unknown macro ${%1} (${count}, ${time}, ${data}, ${length}, $N)")
                     .arg(name);
    return false;
}

std::optional<QList<Piece>> parseReply(const ReplyRule &rule, int groups, QString *error)
{
    if (rule.replyIsHex()) {
        const std::optional<QByteArray> bytes = decodeHex(rule.reply.mid(4), error);
        if (!bytes)
            return std::nullopt;
        return QList<Piece> {{Piece::Kind::Literal, *bytes, 0}};
    }
    QList<Piece> pieces;
    QString literal; // text with escapes, decoded when a macro or the end closes it
    const auto closeLiteral = [&]() -> bool {
        const std::optional<QByteArray> bytes = decodeEscapes(literal, error);
        if (!bytes)
            return false;
        if (!bytes->isEmpty())
            pieces.append({Piece::Kind::Literal, *bytes, 0});
        literal.clear();
        return true;
    };
    const QString &text = rule.reply;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            literal += text[i];
            literal += text[++i];
        } else if (text[i] == u'$' && i + 1 < text.size() && text[i + 1] == u'$') {
            literal += u"\\$"_s;
            ++i;
        } else if (text[i] == u'$') {
            if (!closeLiteral() || !readMacro(text, &i, groups, &pieces, error))
                return std::nullopt;
        } else {
            literal += text[i];
        }
    }
    if (!closeLiteral())
        return std::nullopt;
    return pieces;
}

} // namespace

struct ReplyRules::Compiled
{
    QRegularExpression regex;
    QList<Piece> reply;
};

ReplyRules::~ReplyRules() = default;

const QList<ReplyRules::Piece> &ReplyRules::replyPieces(int rule) const
{
    return m_compiled.at(std::size_t(rule)).reply;
}

QString ReplyRules::problem(const ReplyRule &rule)
{
    QString error;
    const QString pattern = patternToRegex(rule, &error);
    if (!error.isEmpty())
        return error;
    const QRegularExpression regex(pattern, QRegularExpression::DotMatchesEverythingOption);
    if (!regex.isValid())
        return ReplyRulesText::tr("bad regular expression at offset %1: %2")
                .arg(regex.patternErrorOffset())
                .arg(regex.errorString());
    if (!parseReply(rule, regex.captureCount(), &error))
        return error;
    return {};
}

std::shared_ptr<ReplyRules> ReplyRules::compile(const ReplyRuleSet &set, QString *error,
                                                int *badRule)
{
    std::shared_ptr<ReplyRules> rules(new ReplyRules);
    rules->m_definition = set;
    if (set.framing.kind == ReplyFraming::Kind::Delimiter && set.framing.delimiter.isEmpty()) {
        *error = ReplyRulesText::tr("delim: needs at least one byte");
        if (badRule)
            *badRule = -1;
        return nullptr;
    }
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const ReplyRule &rule = set.rules[i];
        if (!rule.problem.isEmpty()) {
            // Kept from a workspace as the user wrote it, off: it never answers.
            rules->m_compiled.emplace_back();
            continue;
        }
        if (const QString problem = ReplyRules::problem(rule); !problem.isEmpty()) {
            *error = problem;
            if (badRule)
                *badRule = int(i);
            return nullptr;
        }
        QString unused;
        Compiled compiled;
        compiled.regex = QRegularExpression(patternToRegex(rule, &unused),
                                            QRegularExpression::DotMatchesEverythingOption);
        compiled.regex.optimize();
        compiled.reply = *parseReply(rule, compiled.regex.captureCount(), &unused);
        rules->m_compiled.push_back(std::move(compiled));
    }
    rules->m_hits = std::make_unique<std::atomic<qint64>[]>(std::size_t(set.rules.size()));
    return rules;
}

std::optional<ReplyRules::Reply> ReplyRules::answer(const QByteArray &message)
{
    const QString text = asText(message);
    for (std::size_t i = 0; i < m_compiled.size(); ++i) {
        const ReplyRule &rule = m_definition.rules[qsizetype(i)];
        if (!rule.enabled || !rule.problem.isEmpty())
            continue;
        const QRegularExpressionMatch match = m_compiled[i].regex.match(text);
        if (!match.hasMatch())
            continue;
        const qint64 count = ++m_hits[i];
        Reply reply {int(i), {}, rule.delayMs, rule.after};
        for (const Piece &piece : m_compiled[i].reply) {
            switch (piece.kind) {
            case Piece::Kind::Literal: reply.bytes += piece.literal; break;
            case Piece::Kind::Group: reply.bytes += match.captured(piece.group).toLatin1(); break;
            case Piece::Kind::Count: reply.bytes += QByteArray::number(count); break;
            case Piece::Kind::Time:
                reply.bytes
                        += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
                break;
            case Piece::Kind::Data: reply.bytes += message; break;
            case Piece::Kind::Length: reply.bytes += QByteArray::number(message.size()); break;
            }
        }
        return reply;
    }
    return std::nullopt;
}

qint64 ReplyRules::hits(int rule) const
{
    return rule >= 0 && std::size_t(rule) < m_compiled.size() ? m_hits[std::size_t(rule)].load()
                                                              : 0;
}

QList<qint64> ReplyRules::hitCounts() const
{
    QList<qint64> counts;
    for (std::size_t i = 0; i < m_compiled.size(); ++i)
        counts.append(m_hits[i].load());
    return counts;
}

} // namespace session
