#pragma once

#include <QFont>
#include <QObject>

class QMenu;
class QWidget;

namespace gui {

// One zoom for every font of the application, so a class at the back of the room can read
// every panel: the window, its docks (also those made later), dialogs and review windows.
// The application font carries the zoom to widgets that inherit their font; a widget with a
// font of its own size (the fixed-width views) is scaled from the size it had before any
// zoom, remembered when it is first polished or its code sets it (a font derived from the
// zoomed one would be zoomed twice). Saved in QSettings ("view/fontZoomPercent").
//
// One at a time per application (the window owns it); destroying it restores the fonts.
class FontZoom final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinPercent = 50;
    static constexpr int MaxPercent = 300;

    explicit FontZoom(QObject *parent = nullptr);
    ~FontZoom() override;

    int percent() const { return m_percent; }
    void setPercent(int percent); // clamped to [MinPercent, MaxPercent], then saved
    void zoomIn();                // the next step of steps()
    void zoomOut();
    void reset();        // 100%
    void restoreSaved(); // the saved percent, 100 when none

    // Zoom In (Ctrl+= and Ctrl++), Zoom Out (Ctrl+-) and Actual Size (Ctrl+0), added to menu.
    void addActionsTo(QMenu *menu);

    // The zoom levels zoomIn() and zoomOut() move between.
    static QList<int> steps();

Q_SIGNALS:
    void percentChanged(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    // fontWasSet: the widget's code has just set its font, which is then the unzoomed one.
    void scaleOwnFont(QWidget *widget, bool fontWasSet) const;
    QFont scaled(const QFont &base) const;

    QFont m_baseApplicationFont;
    int m_percent = 100;
};

} // namespace gui
