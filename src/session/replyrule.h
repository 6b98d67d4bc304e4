#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace session {

// One auto-reply rule: when a received message matches, send a reply. Kept as the user wrote
// it (pattern and reply text with their escapes and macros), so it reads back and saves the
// same; ReplyRules compiles it. The command-line form, one word:
//
//   KIND[,OPTION...]:PATTERN=REPLY
//
// KIND: exact, contains, re (a regular expression), hex (bytes in hex, ?? for any byte,
// found anywhere). OPTION: delay=TIME (200ms, 1.5s, 1m), end, reset, off. The first '=' not
// escaped as \= ends the pattern. REPLY is text with escapes and macros, or hex:BYTES.
struct ReplyRule
{
    enum class Match { Exact, Contains, Regex, Hex };
    enum class After { Nothing, End, Reset }; // what the connection does once the reply went

    Match match = Match::Contains;
    QString pattern;
    QString reply; // "hex:..." for bytes in hex, otherwise text (an optional "text:" prefix)
    qint64 delayMs = 0;
    After after = After::Nothing;
    bool enabled = true;
    // A rule of a workspace that cannot answer (it does not parse or compile): what is wrong
    // with it, and the rule as the file had it. It is kept off and saved back unchanged, so
    // opening and saving a workspace never erases what the user wrote.
    QString problem;
    QJsonValue written;

    bool replyIsHex() const;

    // The command-line form; parse(toText()) gives the rule back.
    QString toText() const;
    // Reads the command-line form, or says what is wrong (in words for the user, without the
    // rule itself: the caller names it).
    static std::optional<ReplyRule> parse(const QString &text, QString *error);

    QJsonObject toJson() const;
    static std::optional<ReplyRule> fromJson(const QJsonObject &object, QString *error);

    friend bool operator==(const ReplyRule &, const ReplyRule &) = default;
};

QString matchName(ReplyRule::Match match); // "exact", "contains", "re", "hex"
std::optional<ReplyRule::Match> matchFromName(const QString &name);
QString afterName(ReplyRule::After after); // "none", "end", "reset"

// How received bytes are cut into the messages that rules see.
struct ReplyFraming
{
    enum class Kind {
        Chunk,     // each chunk as read() returned it (the kernel decides where it splits)
        Line,      // up to each LF; a CR before it is dropped too
        Delimiter, // up to each occurrence of delimiter, which is dropped
    };
    Kind kind = Kind::Chunk;
    QByteArray delimiter; // Kind::Delimiter only

    // "chunk", "line", or "delim:TEXT" (TEXT with escapes, e.g. delim:\0).
    QString toText() const;
    static std::optional<ReplyFraming> parse(const QString &text, QString *error);

    friend bool operator==(const ReplyFraming &, const ReplyFraming &) = default;
};

// The rules of one listener or client, in order (the first enabled rule that matches a
// message answers it), and their framing. Saved in workspaces and read by --rules FILE as
// {"framing": "line", "rules": [{...}, "contains:PING=PONG\\n", ...]}.
struct ReplyRuleSet
{
    ReplyFraming framing;
    QList<ReplyRule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<ReplyRuleSet> fromJson(const QJsonObject &object, QString *error);
    // As a workspace reads them: a rule that does not parse or compile is kept, off, with its
    // problem (ReplyRule::problem), and a framing that does not parse falls back to chunk;
    // each is told in *problems ("rule 2: ...").
    static ReplyRuleSet fromJsonKeepingProblems(const QJsonObject &object, QStringList *problems);
    // Reads a rules file (the JSON above); errors name the file and the rule.
    static std::optional<ReplyRuleSet> load(const QString &path, QString *error);

    friend bool operator==(const ReplyRuleSet &, const ReplyRuleSet &) = default;
};

// Text with escapes to bytes: \r \n \t \0 \e \\ \= \$ \xHH; other characters as UTF-8.
std::optional<QByteArray> decodeEscapes(const QString &text, QString *error);
// Hex digits to bytes, spaces allowed between bytes.
std::optional<QByteArray> decodeHex(const QString &text, QString *error);

} // namespace session
