#include "expectation.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    const auto tr = [](const char *source) {
        return QCoreApplication::translate("lesson::Expectation", source);
    };
    const std::optional<QStringList> split = splitWords(text);
    if (!split) {
        *error = tr("a quote (\") is not closed");
        return std::nullopt;
    }
    const QStringList &words = *split;
    if (words.size() < 2) {
        *error = tr("an expectation is ROLE NAME [KEY=VALUE ...], as in 'client end' or "
                    "'client write() ok=false'");
        return std::nullopt;
    }
    Expectation expectation;
    expectation.text = text.simplified();
    expectation.role = words.at(0);
    expectation.name = words.at(1);
    if (!knownNames().contains(expectation.name)) {
        *error = tr("unknown event or call '%1' (known: %2)")
                         .arg(expectation.name, knownNames().join(u", "));
        return std::nullopt;
    }
    static const QRegularExpression field(u"^([A-Za-z]+)(!=|=|>|<|~)(.*)$"_s);
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QRegularExpressionMatch match = field.match(words.at(i));
        if (!match.hasMatch()) {
            *error = tr("'%1' is not a field test (KEY=VALUE, KEY!=VALUE, KEY>N, KEY<N or "
                        "KEY~TEXT)")
                             .arg(words.at(i));
            return std::nullopt;
        }
        if (!knownKeys().contains(match.captured(1))) {
            *error = tr("unknown field '%1' (known: %2)")
                             .arg(match.captured(1), knownKeys().join(u", "));
            return std::nullopt;
        }
        expectation.fields.append({match.captured(1), match.captured(2), match.captured(3)});
    }
    return expectation;
}

} // namespace lesson
