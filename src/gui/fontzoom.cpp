#include "fontzoom.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const auto SettingsKey = u"view/fontZoomPercent"_s;
// The size a widget's own font had before any zoom.
constexpr const char BaseFontProperty[] = "netbenchUnzoomedFont";

bool hasOwnFontSize(const QWidget *widget)
{
    return widget->testAttribute(Qt::WA_SetFont)
            && (widget->font().resolveMask() & QFont::SizeResolved);
}

} // namespace

FontZoom::FontZoom(QObject *parent)
    : QObject(parent)
    , m_baseApplicationFont(QApplication::font())
{
    qApp->installEventFilter(this);
}

FontZoom::~FontZoom()
{
    qApp->removeEventFilter(this);
    m_percent = 100;
    apply();
}

QList<int> FontZoom::steps()
{
    return {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
}

void FontZoom::setPercent(int percent)
{
    percent = std::clamp(percent, MinPercent, MaxPercent);
    if (percent == m_percent)
        return;
    m_percent = percent;
    QSettings().setValue(SettingsKey, m_percent);
    apply();
    Q_EMIT percentChanged(m_percent);
}

void FontZoom::zoomIn()
{
    const QList<int> levels = steps();
    const auto next = std::upper_bound(levels.cbegin(), levels.cend(), m_percent);
    setPercent(next == levels.cend() ? MaxPercent : *next);
}

void FontZoom::zoomOut()
{
    const QList<int> levels = steps();
    const auto next = std::lower_bound(levels.cbegin(), levels.cend(), m_percent);
    setPercent(next == levels.cbegin() ? MinPercent : *(next - 1));
}

void FontZoom::reset()
{
    setPercent(100);
}

void FontZoom::restoreSaved()
{
    setPercent(QSettings().value(SettingsKey, 100).toInt());
}

void FontZoom::addActionsTo(QMenu *menu)
{
    QAction *in = menu->addAction(tr("Zoom &In"), this, &FontZoom::zoomIn);
    in->setObjectName(u"actionZoomIn"_s);
    in->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    in->setToolTip(tr("Larger text in every panel"));
    QAction *out = menu->addAction(tr("Zoom &Out"), this, &FontZoom::zoomOut);
    out->setObjectName(u"actionZoomOut"_s);
    out->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    out->setToolTip(tr("Smaller text in every panel"));
    QAction *actual = menu->addAction(tr("&Actual Size"), this, &FontZoom::reset);
    actual->setObjectName(u"actionZoomReset"_s);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    actual->setToolTip(tr("Text at its normal size"));
}

QFont FontZoom::scaled(const QFont &base) const
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * m_percent / 100.0);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qMax(1, base.pixelSize() * m_percent / 100));
    return font;
}

void FontZoom::scaleOwnFont(QWidget *widget, bool fontWasSet) const
{
    if (!hasOwnFontSize(widget))
        return; // it inherits the application's zoom
    QVariant base = widget->property(BaseFontProperty);
    if (base.isValid() && widget->font() == scaled(base.value<QFont>()))
        return; // zoomed already (also: the FontChange of our own setFont())
    if (!base.isValid() || fontWasSet) {
        base = widget->font(); // the widget's code set it: unzoomed
        widget->setProperty(BaseFontProperty, base);
    }
    widget->setFont(scaled(base.value<QFont>()));
}

void FontZoom::apply()
{
    QApplication::setFont(scaled(m_baseApplicationFont));
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        scaleOwnFont(widget, false);
}

bool FontZoom::eventFilter(QObject *watched, QEvent *event)
{
    // A widget's own font is set in its constructor (seen when it is polished, before it is
    // first shown) or later (seen as a FontChange).
    const QEvent::Type type = event->type();
    if ((type == QEvent::Polish || type == QEvent::FontChange) && watched->isWidgetType())
        scaleOwnFont(static_cast<QWidget *>(watched), type == QEvent::FontChange);
    return QObject::eventFilter(watched, event);
}

} // namespace gui
