#pragma once

#include <QByteArray>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace gui {

class FontZoom;

// View > Teaching Layout and View > Reset Layout. Docks are found by objectName, so panels
// added later take part by their names, and a dock that does not exist is left out.
//
// Teaching: side by side from left to right the sequence diagram (sequenceDock), the event
// stream (the central widget) and both ends' conversations, the selected socket's
// (conversationDock) above its peer's (peerConversationDock); the composer (composerDock)
// below to act; every other dock hidden (the View menu shows it again), and text at least
// TeachingZoomPercent. The panels' own minimum widths are what limits that zoom: at 125% the
// three columns still fit a 1920-pixel-wide projector (Ctrl+= goes further).
// Reset: the docks as a first run places them, and the zoom from before Teaching Layout.
class WindowLayouts final : public QObject
{
    Q_OBJECT
public:
    static constexpr int TeachingZoomPercent = 125;

    WindowLayouts(QMainWindow *window, FontZoom *zoom);

    // Call once every dock is made, before a saved layout is restored.
    void rememberFirstRun();
    // The first run's proportions; the window needs its size first.
    void applyFirstRunSizes();
    void teach();
    void reset();
    // Teaching Layout and Reset Layout, added to menu.
    void addActionsTo(QMenu *menu);

private:
    QDockWidget *dock(const QString &objectName) const;

    QMainWindow *m_window;
    FontZoom *m_zoom;
    QByteArray m_firstRun;
    int m_zoomBeforeTeaching = 0; // 0: no teaching layout to undo
};

} // namespace gui
