#pragma once

#include "sequencelayout.h"

#include <QColor>
#include <QRectF>

#include <cmath>

class QPainter;

namespace gui {

// Where lanes and rows of a SequenceLayout go, at a zoom. The view, the PNG and the SVG
// export share it, so an export looks like the window.
struct SequenceGeometry
{
    qreal zoom = 1.0;

    qreal laneWidth() const { return 200 * zoom; }
    qreal rowHeight() const { return 22 * zoom; }
    qreal gutterWidth() const { return 90 * zoom; }
    qreal headerHeight() const { return 40 * zoom; }
    qreal fontPixels() const { return 11 * zoom; }
    qreal laneX(int column) const { return gutterWidth() + (column + 0.5) * laneWidth(); }
    // The middle of a row, measured from the top of the first row.
    qreal rowY(qint64 row) const { return (qreal(row) + 0.5) * rowHeight(); }
    qreal width(const SequenceLayout &layout) const
    {
        return gutterWidth() + layout.lanes().size() * laneWidth();
    }
    qreal bodyHeight(qint64 rows) const { return qreal(rows) * rowHeight(); }
    // The row at a height below the top of the first row; may be out of range.
    qint64 rowAt(qreal y) const { return qint64(std::floor(y / rowHeight())); }

    // Labels may run over other lanes: a row holds one item, so nothing else is there.
    qreal maxMarkLabelWidth() const { return 3 * laneWidth(); }
    qreal maxArrowLabelWidth() const { return 2.5 * laneWidth(); }
    // Where a mark's label starts and how wide it may be: right of the mark (x, radius r), or
    // left of it when the label fits there better (the last lanes).
    std::pair<qreal, qreal> markLabelSpan(qreal x, qreal r, qreal textWidth,
                                          qreal diagramWidth) const
    {
        const qreal right = std::min(maxMarkLabelWidth(), diagramWidth - x - 2 * r - 4);
        const qreal left = std::min(maxMarkLabelWidth(), x - 2 * r - gutterWidth());
        if (textWidth <= right || right >= left)
            return {x + 2 * r, right};
        const qreal w = std::min(textWidth, left);
        return {x - 2 * r - w, w};
    }
    // An arrow's label: beside its head on the far side of the target lane, at the row's
    // middle (y); where that leaves the diagram, above the line on the near side.
    QRectF arrowLabelBox(qreal fromX, qreal toX, qreal y, QSizeF text, qreal diagramWidth) const
    {
        const qreal pad = 6 * zoom;
        const bool rightwards = toX >= fromX;
        const qreal far = rightwards ? toX + pad : toX - pad - text.width();
        if (far >= gutterWidth() && far + text.width() <= diagramWidth)
            return {far, y - text.height() / 2, text.width(), text.height()};
        const qreal near = rightwards ? toX - 2 * pad - text.width() : toX + 2 * pad;
        return {near, y - rowHeight() / 2, text.width(), rowHeight() / 2};
    }
};

// Colours and texts shared by the painters.
struct SequenceStyle
{
    static QColor color(const SequenceLayout &layout, const SequenceItem &item);
    // "+12.345 ms": a row's time since the first row's.
    static QString timeText(qint64 ns);
};

// Paints rows first..last (inclusive) with the top of row 0 at bodyTop, and every arrow that
// crosses them. selectedRow is shown selected (-1: none); highlightedRows (what a lesson step
// says to notice) are painted on a band of their own, their arrows bolder.
void paintSequenceRows(QPainter &painter, const SequenceLayout &layout,
                       const SequenceGeometry &geometry, qint64 first, qint64 last, qreal bodyTop,
                       qint64 selectedRow, qreal width, const QList<qint64> &highlightedRows = {});
// The lane titles in a band geometry.headerHeight() high at the painter's y = 0.
void paintSequenceHeader(QPainter &painter, const SequenceLayout &layout,
                         const SequenceGeometry &geometry, qreal width);

} // namespace gui
