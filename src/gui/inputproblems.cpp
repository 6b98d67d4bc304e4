#include "inputproblems.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// lupdate finds the strings through a class's tr(): the context is gui::InputProblems.
struct InputText
{
    Q_DECLARE_TR_FUNCTIONS(gui::InputProblems)
};

} // namespace

QString portProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok, 10);
    if (!ok)
        return InputText::tr(
                       "Type a port number from 0 to 65535: \u201c%1\u201d is not a whole number.")
                .arg(trimmed);
    if (value < 0 || value > 65535)
        return InputText::tr("Type a port number from 0 to 65535: %1 is out of range.").arg(value);
    return {};
}

QString hostProblem(const QString &host)
{
    if (host.contains(u"://"_s) || host.contains(u'/'))
        return InputText::tr("Type only the host name or address (such as localhost or "
                             "127.0.0.1), without a scheme like http:// or a path.");
    if (host.startsWith(u'[') || host.endsWith(u']'))
        return InputText::tr("Type an IPv6 address without brackets, such as ::1.");
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0 && colon == host.lastIndexOf(u':'))
        return InputText::tr("Type the port in the Port field, not after the host.");
    for (const QChar c : host) {
        if (c.isSpace())
            return InputText::tr("A host has no spaces: type a name such as localhost or an "
                                 "address such as 127.0.0.1 or ::1.");
        if (!c.isLetterOrNumber() && !QStringView(u".-_:%").contains(c))
            return InputText::tr("\u201c%1\u201d cannot be part of a host: type a name such as "
                                 "localhost or an address such as 127.0.0.1 or ::1.")
                    .arg(c);
    }
    return {};
}

} // namespace gui
