#pragma once

#include "sequencepainter.h"

#include <QAbstractScrollArea>

namespace gui {

// The diagram on screen: paints only the rows in view (a frame costs the same with ten rows or
// a million), keeps the lane titles at the top, follows the newest row while scrolled to the
// end, zooms with Ctrl+wheel. A click selects the row's item.
class SequenceView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SequenceView(const SequenceLayout *layout, QWidget *parent = nullptr);

    static constexpr qreal MinZoom = 0.4;
    static constexpr qreal MaxZoom = 4.0;

    const SequenceGeometry &geometry() const { return m_geometry; }
    void setZoom(qreal zoom);
    qreal zoom() const { return m_geometry.zoom; }

    // Call after the layout changed (rows appended or rebuilt).
    void layoutChanged();
    qint64 selectedRow() const { return m_selectedRow; }
    // Rows painted highlighted (paintSequenceRows()); the caller keeps them in step with the
    // layout.
    void setHighlightedRows(const QList<qint64> &rows);
    const QList<qint64> &highlightedRows() const { return m_highlightedRows; }
    // Scrolls so that the row is in view (if it is not).
    void ensureRowVisible(qint64 row);
    // Selects a row (-1: none) and scrolls to it unless told not to; emits nothing.
    void setSelectedRow(qint64 row, bool show = true);
    qint64 rowAtViewportY(int y) const;
    // The first and last row in view.
    std::pair<qint64, qint64> visibleRows() const;

Q_SIGNALS:
    void rowActivated(qint64 row); // the user clicked it
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateScrollBars();

    const SequenceLayout *m_layout;
    SequenceGeometry m_geometry;
    qint64 m_selectedRow = -1;
    QList<qint64> m_highlightedRows;
};

} // namespace gui
