#include "replyarguments.h"

#include "session/replyrule.h"
#include "session/replyrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplyArguments", text);
}

} // namespace

ReplyArguments::ReplyArguments()
    : m_reply(u"reply"_s,
              tr("Answer what arrives by a rule KIND[,OPTION...]:PATTERN=REPLY (repeatable; the "
                 "first rule that matches a message answers it). KIND: exact, contains, re, "
                 "hex. OPTION: delay=TIME, end, reset, off. See Rules below."),
              u"RULE"_s)
    , m_rulesFile(u"rules"_s,
                  tr("Read auto-reply rules from FILE (JSON, as the window saves them: "
                     "{\"framing\": \"line\", \"rules\": [...]}); before any --reply."),
                  u"FILE"_s)
    , m_frame(u"frame"_s,
              tr("How the rules cut what arrives into messages: chunk (each read, the default), "
                 "line (up to LF, a CR before it dropped) or delim:TEXT."),
              u"FRAMING"_s)
{ }

QString ReplyArguments::reference()
{
    return tr("Rules (--reply RULE, --rules FILE):\n"
              "  KIND[,OPTION...]:PATTERN=REPLY     the first '=' not written \\= ends PATTERN\n"
              "  KIND    exact     the whole message is PATTERN\n"
              "          contains  PATTERN is in the message (empty: every message)\n"
              "          re        a regular expression (PCRE) on the message's bytes\n"
              "          hex       bytes in hex found in the message, ?? for any byte\n"
              "  OPTION  delay=TIME  reply after TIME (200ms, 1.5s, 1m); later replies wait\n"
              "          end         end our side after the reply; reset: reset instead\n"
              "          off         keep the rule, disabled\n"
              "  REPLY   text with escapes \\r \\n \\t \\0 \\e \\\\ \\$ \\xHH and macros $0 (the\n"
              "          match), $1..$9 and ${N} (groups), ${count} (this rule's hits),\n"
              "          ${time} (UTC), ${data} (the message), ${length}; or hex:BYTES\n"
              "  Messages: each chunk read, or with --frame line / delim:TEXT each framed\n"
              "  message (a message split across reads is put together; what is left when\n"
              "  the peer ends counts as the last one). Once the peer has ended and the\n"
              "  replies are out, our side ends. Standard input, if any, is sent too.\n");
}

void ReplyArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_reply, m_rulesFile, m_frame});
}

QString ReplyArguments::read(const QCommandLineParser &parser,
                             std::shared_ptr<session::ReplyRules> *rules) const
{
    session::ReplyRuleSet set;
    QString error;
    QStringList origins; // how each rule was given, to name a bad one
    if (parser.isSet(m_rulesFile)) {
        const std::optional<session::ReplyRuleSet> loaded
                = session::ReplyRuleSet::load(parser.value(m_rulesFile), &error);
        if (!loaded)
            return error;
        set = *loaded;
        for (qsizetype i = 0; i < set.rules.size(); ++i)
            origins << tr("rule %1 of %2").arg(i + 1).arg(parser.value(m_rulesFile));
    }
    for (const QString &text : parser.values(m_reply)) {
        const std::optional<session::ReplyRule> rule = session::ReplyRule::parse(text, &error);
        if (!rule)
            return u"--reply '%1': %2"_s.arg(text, error);
        set.rules.append(*rule);
        origins << u"--reply '%1'"_s.arg(text);
    }
    if (parser.isSet(m_frame)) {
        const std::optional<session::ReplyFraming> framing
                = session::ReplyFraming::parse(parser.value(m_frame), &error);
        if (!framing)
            return u"--frame: %1"_s.arg(error);
        set.framing = *framing;
    }
    if (set.isEmpty()) {
        if (parser.isSet(m_frame))
            return tr("--frame needs rules (--reply or --rules)");
        return {};
    }
    int badRule = -1;
    *rules = session::ReplyRules::compile(set, &error, &badRule);
    if (!*rules)
        return badRule >= 0 ? u"%1: %2"_s.arg(origins[badRule], error) : error;
    return {};
}
