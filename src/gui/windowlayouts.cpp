#include "windowlayouts.h"

#include "fontzoom.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const auto SequenceDock = u"sequenceDock"_s;
const auto ConversationDock = u"conversationDock"_s;
const auto PeerConversationDock = u"peerConversationDock"_s;
const auto ComposerDock = u"composerDock"_s;

} // namespace

WindowLayouts::WindowLayouts(QMainWindow *window, FontZoom *zoom)
    : QObject(window)
    , m_window(window)
    , m_zoom(zoom)
{ }

QDockWidget *WindowLayouts::dock(const QString &objectName) const
{
    return m_window->findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

void WindowLayouts::rememberFirstRun()
{
    m_firstRun = m_window->saveState();
}

void WindowLayouts::applyFirstRunSizes()
{
    QDockWidget *endpoints = dock(u"endpointsDock"_s);
    QDockWidget *inspector = dock(u"inspectorDock"_s);
    QDockWidget *conversation = dock(ConversationDock);
    QDockWidget *composer = dock(ComposerDock);
    if (endpoints && inspector)
        m_window->resizeDocks({endpoints, inspector}, {340, 460}, Qt::Horizontal);
    if (composer)
        m_window->resizeDocks({composer}, {200}, Qt::Vertical);
    if (inspector && conversation)
        m_window->resizeDocks({inspector, conversation}, {380, 320}, Qt::Vertical);
}

void WindowLayouts::teach()
{
    QDockWidget *sequence = dock(SequenceDock);
    QDockWidget *conversation = dock(ConversationDock);
    QDockWidget *peer = dock(PeerConversationDock);
    QDockWidget *composer = dock(ComposerDock);
    const QList<QDockWidget *> docks
            = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    const QList<QDockWidget *> shown = {sequence, conversation, peer, composer};
    for (QDockWidget *d : docks) {
        d->setFloating(false);
        // Taken out of the layout, the shown ones are placed afresh (out of any tab group).
        if (shown.contains(d))
            m_window->removeDockWidget(d);
        else
            d->hide();
    }
    if (sequence)
        m_window->addDockWidget(Qt::LeftDockWidgetArea, sequence);
    if (conversation)
        m_window->addDockWidget(Qt::RightDockWidgetArea, conversation);
    if (conversation && peer)
        m_window->splitDockWidget(conversation, peer, Qt::Vertical);
    else if (peer)
        m_window->addDockWidget(Qt::RightDockWidgetArea, peer);
    if (composer)
        m_window->addDockWidget(Qt::BottomDockWidgetArea, composer);
    for (QDockWidget *d : shown) {
        if (d)
            d->show();
    }

    // Three columns of about a third of the width each; the composer small.
    QList<QDockWidget *> columns;
    for (QDockWidget *d : {sequence, conversation ? conversation : peer}) {
        if (d)
            columns.append(d);
    }
    m_window->resizeDocks(columns, QList<int>(columns.size(), m_window->width() / 3),
                          Qt::Horizontal);
    if (composer)
        m_window->resizeDocks({composer}, {m_window->height() / 6}, Qt::Vertical);

    if (m_zoom && m_zoom->percent() < TeachingZoomPercent) {
        if (!m_zoomBeforeTeaching)
            m_zoomBeforeTeaching = m_zoom->percent();
        m_zoom->setPercent(TeachingZoomPercent);
    }
}

void WindowLayouts::reset()
{
    m_window->restoreState(m_firstRun);
    applyFirstRunSizes();
    if (m_zoom && m_zoomBeforeTeaching)
        m_zoom->setPercent(m_zoomBeforeTeaching);
    m_zoomBeforeTeaching = 0;
}

void WindowLayouts::addActionsTo(QMenu *menu)
{
    QAction *teaching = menu->addAction(tr("&Teaching Layout"), this, &WindowLayouts::teach);
    teaching->setObjectName(u"actionTeachingLayout"_s);
    teaching->setToolTip(tr("For a class: the sequence diagram, the event stream and both ends' "
                            "conversations side by side, in large text"));
    QAction *reset = menu->addAction(tr("&Reset Layout"), this, &WindowLayouts::reset);
    reset->setObjectName(u"actionResetLayout"_s);
    reset->setToolTip(tr("The panels where a first run puts them"));
}

} // namespace gui
