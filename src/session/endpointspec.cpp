#include "endpointspec.h"

namespace session {

QString autoReplyName(AutoReply reply)
{
    switch (reply) {
    case AutoReply::Echo: return QStringLiteral("echo");
    case AutoReply::Discard: return QStringLiteral("discard");
    case AutoReply::None: break;
    }
    return QStringLiteral("none");
}

AutoReply autoReplyFromName(const QString &name)
{
    if (name == u"echo")
        return AutoReply::Echo;
    if (name == u"discard")
        return AutoReply::Discard;
    return AutoReply::None;
}

} // namespace session
