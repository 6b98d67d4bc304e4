#include "actiontext.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gui {

QString plainActionText(const QString &text)
{
    static const QRegularExpression suffix(u"\\s*[(（]&[^&][)）]"_s);
    static const QRegularExpression ampersand(u"&(.)"_s); // "&&" is a literal '&'
    QString plain = text;
    plain.remove(suffix);
    plain.replace(ampersand, u"\\1"_s);
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain.trimmed();
}

void keepToolButtonTextsPlain(QWidget *root)
{
    for (const QToolButton *button : root->findChildren<QToolButton *>()) {
        QAction *action = button->defaultAction();
        if (!action || action->property("netbenchPlainIconText").toBool())
            continue;
        action->setProperty("netbenchPlainIconText", true);
        const auto update = [action] {
            const QString plain = plainActionText(action->text());
            if (action->iconText() != plain) // setIconText() emits changed() again
                action->setIconText(plain);
        };
        update();
        QObject::connect(action, &QAction::changed, action, update);
    }
}

} // namespace gui
