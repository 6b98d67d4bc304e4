// The auto-reply rules' parsers (session::ReplyRule, ReplyFraming) and their compiler
// (session::ReplyRules): the command-line form a user types (--reply, the rules editor) and a
// rules file or workspace hands over, then the messages a peer sends.
//
// Input: UTF-8 text; its first line is the rule (and the framing), the rest is a received
// message.
//
// Checks:
// - a rule or framing that does not parse says why;
// - one that parses reads back the same from its command-line form (parse(toText())) and from
//   its JSON (fromJson(toJson())), and has no problem;
// - a rule that compiles answers the message (or not) without crashing, and its reply is that
//   rule's, with its delay and what comes after; one that does not compile says why.

#include "fuzzcheck.h"

#include "session/replyrule.h"
#include "session/replyrules.h"

using namespace session;

namespace {

void checkRule(const QString &text, const QByteArray &message)
{
    QString error;
    const std::optional<ReplyRule> rule = ReplyRule::parse(text, &error);
    if (!rule) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(rule->problem.isEmpty());
    QString again;
    const std::optional<ReplyRule> reread = ReplyRule::parse(rule->toText(), &again);
    FUZZ_CHECK(reread.has_value());
    FUZZ_CHECK(*reread == *rule);
    const std::optional<ReplyRule> fromJson = ReplyRule::fromJson(rule->toJson(), &again);
    FUZZ_CHECK(fromJson.has_value());
    FUZZ_CHECK(*fromJson == *rule);

    ReplyRuleSet set;
    set.rules = {*rule};
    QString compileError;
    const std::shared_ptr<ReplyRules> rules = ReplyRules::compile(set, &compileError);
    if (!rules) {
        FUZZ_CHECK(!compileError.isEmpty());
        return;
    }
    if (const std::optional<ReplyRules::Reply> reply = rules->answer(message)) {
        FUZZ_CHECK(rule->enabled);
        FUZZ_CHECK(reply->rule == 0);
        FUZZ_CHECK(reply->delayMs == rule->delayMs);
        FUZZ_CHECK(reply->after == rule->after);
        FUZZ_CHECK(rules->hits(0) == 1);
    }
}

void checkFraming(const QString &text)
{
    QString error;
    const std::optional<ReplyFraming> framing = ReplyFraming::parse(text, &error);
    if (!framing) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    QString again;
    const std::optional<ReplyFraming> reread = ReplyFraming::parse(framing->toText(), &again);
    FUZZ_CHECK(reread.has_value());
    FUZZ_CHECK(*reread == *framing);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input input(data, size);
    const QByteArray bytes = input.rest();
    const qsizetype lineEnd = bytes.indexOf('\n');
    const QString text = QString::fromUtf8(lineEnd < 0 ? bytes : bytes.first(lineEnd));
    const QByteArray message = lineEnd < 0 ? QByteArray() : bytes.sliced(lineEnd + 1);
    checkRule(text, message);
    checkFraming(text);
    return 0;
}
