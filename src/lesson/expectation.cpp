#include "expectation.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lesson {

const QStringList &knownNames()
{
    // What js/prelude.js observes: Node's socket and server events, and the calls on them.
    static const QStringList names {u"connect"_s,      u"data"_s,
                                    u"drain"_s,        u"end"_s,
                                    u"timeout"_s,      u"error"_s,
                                    u"close"_s,        u"listening"_s,
                                    u"connection"_s,   u"connect()"_s,
                                    u"write()"_s,      u"end()"_s,
                                    u"destroy()"_s,    u"resetAndDestroy()"_s,
                                    u"pause()"_s,      u"resume()"_s,
                                    u"setNoDelay()"_s, u"setKeepAlive()"_s,
                                    u"setTimeout()"_s, u"listen()"_s,
                                    u"close()"_s};
    return names;
}

const QStringList &knownKeys()
{
    static const QStringList keys {u"bytes"_s,         u"text"_s,    u"ok"_s,      u"bufferSize"_s,
                                   u"highWaterMark"_s, u"code"_s,    u"message"_s, u"hadError"_s,
                                   u"socket"_s,        u"address"_s, u"enable"_s,  u"ms"_s};
    return keys;
}

namespace {

// Words split at spaces, except inside double quotes (text~"you said"); the quotes go.
std::optional<QStringList> splitWords(const QString &text)
{
    QStringList words;
    QString word;
    bool quoted = false;
    bool inWord = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if (c == u' ' && !quoted) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

} // namespace

std::optional<Expectation> parseExpectation(const QString &text, QString *error)
{
    // Each text names its context: lupdate files a tr() outside a class under its namespace.
    const std::optional<QStringList> split = splitWords(text);
    if (!split) {
        *error = QCoreApplication::translate("lesson::Expectation", "a quote (\") is not closed");
        return std::nullopt;
    }
    const QStringList &words = *split;
    if (words.size() < 2) {
        *error = QCoreApplication::translate(
                "lesson::Expectation",
                "an expectation is ROLE NAME [KEY=VALUE ...], as in 'client end' or "
                "'client write() ok=false'");
        return std::nullopt;
    }
    Expectation expectation;
    expectation.text = text.simplified();
    expectation.role = words.at(0);
    expectation.name = words.at(1);
    if (!knownNames().contains(expectation.name)) {
        *error = QCoreApplication::translate("lesson::Expectation",
                                             "unknown event or call '%1' (known: %2)")
                         .arg(expectation.name, knownNames().join(u", "));
        return std::nullopt;
    }
    static const QRegularExpression field(u"^([A-Za-z]+)(!=|=|>|<|~)(.*)$"_s);
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QRegularExpressionMatch match = field.match(words.at(i));
        if (!match.hasMatch()) {
            *error = QCoreApplication::translate(
                             "lesson::Expectation",
                             "'%1' is not a field test (KEY=VALUE, KEY!=VALUE, KEY>N, KEY<N or "
                             "KEY~TEXT)")
                             .arg(words.at(i));
            return std::nullopt;
        }
        if (!knownKeys().contains(match.captured(1))) {
            *error = QCoreApplication::translate("lesson::Expectation",
                                                 "unknown field '%1' (known: %2)")
                             .arg(match.captured(1), knownKeys().join(u", "));
            return std::nullopt;
        }
        expectation.fields.append({match.captured(1), match.captured(2), match.captured(3)});
    }
    return expectation;
}

namespace {

bool fieldMatches(const QJsonObject &observed, const FieldCheck &check)
{
    const auto found = observed.constFind(check.key);
    if (found == observed.constEnd())
        return false;
    // The prelude compares String(value): booleans print as true/false, numbers as numbers.
    const QJsonValue value = *found;
    const QString text = value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s)
            : value.isDouble()
            ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
            : value.toString();
    if (check.op == u"=")
        return text == check.value;
    if (check.op == u"!=")
        return text != check.value;
    if (check.op == u"~")
        return text.contains(check.value);
    bool isNumber = false;
    const double expected = check.value.toDouble(&isNumber);
    const double actual = value.isDouble() ? value.toDouble() : text.toDouble();
    if (!isNumber)
        return false;
    return check.op == u">" ? actual > expected : check.op == u"<" && actual < expected;
}

// The prelude's preview(): the text of a chunk, cut after 32 UTF-16 units with an ellipsis.
QString previewText(const trace::TraceRecord &record)
{
    const QString text = QString::fromUtf8(record.previewBytes());
    return text.size() > 32 ? text.left(32) + u'…' : text;
}

} // namespace

bool matches(const Expectation &expectation, const QString &role, const QString &name,
             const QJsonObject &fields)
{
    if ((expectation.role != u"*" && expectation.role != role) || expectation.name != name)
        return false;
    return std::all_of(expectation.fields.cbegin(), expectation.fields.cend(),
                       [&](const FieldCheck &check) { return fieldMatches(fields, check); });
}

Observation observationOf(const trace::TraceRecord &record,
                          const std::function<QString(quint64)> &labelOf)
{
    using netcore::NetEvent;
    Observation observed;
    observed.name = record.isCall() ? record.name() + u"()"_s : record.name();
    QJsonObject &f = observed.fields;
    if (record.carriesData()) {
        f.insert(u"bytes"_s, double(record.value));
        f.insert(u"text"_s, previewText(record));
    }
    if (record.write.isSet()) {
        f.insert(u"ok"_s, record.write.accepted == 1);
        f.insert(u"bufferSize"_s, double(record.write.bufferSize));
        f.insert(u"highWaterMark"_s, double(record.write.highWaterMark));
    }
    if (const trace::TraceError *error = record.error()) {
        f.insert(u"code"_s, error->code);
        f.insert(u"message"_s, error->message);
    }
    switch (record.event) {
    case NetEvent::Close:
        if (record.kind == netcore::EndpointKind::Socket && record.value >= 0)
            f.insert(u"hadError"_s, record.value != 0);
        break;
    case NetEvent::Connection: f.insert(u"socket"_s, labelOf(record.relatedId)); break;
    case NetEvent::Listening:
        if (const trace::TraceAddress *local = record.local())
            f.insert(u"address"_s, local->toString());
        break;
    case NetEvent::Connect:
        // The prelude writes remoteAddress:remotePort, an IPv6 address without brackets.
        if (const trace::TraceAddress *remote = record.remote())
            f.insert(u"address"_s,
                     remote->isUnixPath() ? QString()
                                          : remote->address + u':' + QString::number(remote->port));
        break;
    case NetEvent::SetNoDelayCall:
    case NetEvent::SetKeepAliveCall: f.insert(u"enable"_s, record.value != 0); break;
    case NetEvent::SetTimeoutCall: f.insert(u"ms"_s, double(record.value)); break;
    default: break;
    }
    return observed;
}

} // namespace lesson
