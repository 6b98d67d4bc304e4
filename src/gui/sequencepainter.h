#pragma once

#include "sequencelayout.h"

#include <QColor>
#include <QRectF>

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
};

// Colours and texts shared by the painters.
struct SequenceStyle
{
    static QColor color(const SequenceLayout &layout, const SequenceItem &item);
    // "+12.345 ms": a row's time since the first row's.
    static QString timeText(qint64 ns);
};

// Paints rows first..last (inclusive) with the top of row 0 at bodyTop, and every arrow that
// crosses them. selectedRow is highlighted (-1: none).
void paintSequenceRows(QPainter &painter, const SequenceLayout &layout,
                       const SequenceGeometry &geometry, qint64 first, qint64 last,
                       qreal bodyTop, qint64 selectedRow, qreal width);
// The lane titles in a band geometry.headerHeight() high at the painter's y = 0.
void paintSequenceHeader(QPainter &painter, const SequenceLayout &layout,
                         const SequenceGeometry &geometry, qreal width);

} // namespace gui
