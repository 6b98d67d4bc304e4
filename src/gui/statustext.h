#pragma once

#include <QWidget>

namespace gui {

// One line of text that changes many times a second (counters, summaries). Unlike a QLabel,
// new text only repaints: its size hint never changes, so an update never re-lays out the
// window (a QLabel's setText() walks up the layouts, which costs tens of milliseconds in a
// window full of docks). Text that does not fit is elided; the full text is the tooltip.
class StatusText final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText)
public:
    explicit StatusText(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace gui
