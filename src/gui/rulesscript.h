#pragma once

#include "session/replyrule.h"

#include <QString>
#include <QStringList>

namespace gui {

// Auto-reply rules as script code, for File > Export as Script: the same framing, matching
// (exact, contains, a regular expression, hex; on each chunk, line or delimited message),
// replies with their macros, delays, end and reset, done by answerByRulesFunction() in the
// script.
struct RulesScript
{
    QString rules;       // a JavaScript expression, the second argument of answerByRules()
    QStringList leftOut; // each rule that could not be written, which and why
};

// owner names the endpoint in the sentences of leftOut ("server1").
RulesScript rulesAsScript(const session::ReplyRuleSet &set, const QString &owner);

// answerByRules(socket, set, allowHalfOpen): the script's own auto-responder.
QString answerByRulesFunction();

} // namespace gui
