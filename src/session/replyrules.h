#pragma once

#include "replyrule.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace session {

// A ReplyRuleSet made ready to answer: patterns compiled, replies parsed into pieces. One
// object serves every connection of a listener (or one client), on whatever thread they live,
// and counts the hits of each rule; the window reads the counts from its own thread.
//
// Matching works on bytes: a message is seen as Latin-1 text (one character per byte), so a
// regular expression can match any byte (\x00, \xff) and a group gives back the exact bytes.
// Non-ASCII characters typed in a pattern stand for their UTF-8 bytes.
//
// Reply macros: $0 (the whole match), $1..$9 or ${N} (groups), ${count} (this rule's hit
// number, counting from 1), ${time} (UTC, ISO 8601 with milliseconds), ${data} (the received
// message), ${length} (its size in bytes); $$ or \$ is a dollar sign.
class ReplyRules final
{
public:
    struct Reply
    {
        int rule = -1; // index in the set
        QByteArray bytes;
        qint64 delayMs = 0;
        ReplyRule::After after = ReplyRule::After::Nothing;
    };

    // One piece of a reply: literal bytes or a macro filled in per hit.
    struct Piece
    {
        enum class Kind { Literal, Group, Count, Time, Data, Length };
        Kind kind = Kind::Literal;
        QByteArray literal;
        int group = 0;
    };

    // Compiles the set, or says what is wrong and which rule (index in *badRule, -1 for the
    // framing) is.
    static std::shared_ptr<ReplyRules> compile(const ReplyRuleSet &set, QString *error,
                                               int *badRule = nullptr);
    // What is wrong with one rule, or an empty string.
    static QString problem(const ReplyRule &rule);

    const ReplyRuleSet &definition() const { return m_definition; }
    const ReplyFraming &framing() const { return m_definition.framing; }

    // The reply of rule (an index of the set) in pieces (Export as Script writes them out).
    const QList<Piece> &replyPieces(int rule) const;

    // The reply of the first enabled rule that matches message, counted as a hit.
    std::optional<Reply> answer(const QByteArray &message);

    // Thread-safe.
    qint64 hits(int rule) const;
    QList<qint64> hitCounts() const;

    ~ReplyRules();

private:
    struct Compiled;
    ReplyRules() = default;

    ReplyRuleSet m_definition;
    std::vector<Compiled> m_compiled;
    std::unique_ptr<std::atomic<qint64>[]> m_hits;
};

} // namespace session
