#include "sequencepainter.h"

#include "eventpresentation.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;
using Kind = gui::SequenceItem::Kind;

namespace gui {

QColor SequenceStyle::color(const SequenceLayout &layout, const SequenceItem &item)
{
    switch (item.kind) {
    case Kind::Gap: return QColor(0x80, 0x80, 0x80);
    case Kind::Data: return EventPresentation::color(EventCategory::Data);
    case Kind::Fin: return EventPresentation::color(EventCategory::Closing);
    case Kind::Rst: return EventPresentation::color(EventCategory::Error);
    case Kind::Accept:
    case Kind::Connect: return EventPresentation::color(EventCategory::Connection);
    case Kind::Call:
    case Kind::Event: break;
    }
    QColor c = EventPresentation::color(
            EventPresentation::category(layout.records()[size_t(item.record)]));
    // Calls netcore made itself step back.
    return item.internal ? c.lighter(150) : c;
}

QString SequenceStyle::timeText(qint64 ns)
{
    if (ns < 1'000'000'000)
        return u"+"_s + QString::number(double(ns) / 1e6, 'f', 3) + u" ms"_s;
    return u"+"_s + QString::number(double(ns) / 1e9, 'f', 3) + u" s"_s;
}

namespace {

QFont diagramFont(const SequenceGeometry &g)
{
    QFont font;
    font.setPixelSize(std::max(6, int(std::lround(g.fontPixels()))));
    return font;
}

void drawArrowHead(QPainter &p, QPointF from, QPointF to, qreal size)
{
    const qreal angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF a = to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
    const QPointF b = to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(a);
    head.lineTo(b);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

} // namespace

void paintSequenceRows(QPainter &p, const SequenceLayout &layout, const SequenceGeometry &g,
                       qint64 first, qint64 last, qreal bodyTop, qint64 selectedRow, qreal width,
                       const QList<qint64> &highlightedRows)
{
    const qint64 count = layout.itemCount();
    first = std::max<qint64>(first, 0);
    last = std::min<qint64>(last, count - 1);
    const QFont font = diagramFont(g);
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetricsF metrics(font);
    const qreal rowH = g.rowHeight();
    const qreal top = bodyTop + first * rowH;
    const qreal bottom = bodyTop + (last + 1) * rowH;
    const qint64 origin = count > 0 ? layout.timeNs(0) : 0;

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // A highlighted row that is also selected shows the selection, with the highlight's
    // colour kept in a bar at the left edge.
    const QColor highlight(0xff, 0xec, 0x99);
    for (const qint64 row : highlightedRows) {
        if (row >= first && row <= last)
            p.fillRect(QRectF(0, bodyTop + row * rowH, width, rowH), highlight);
    }
    if (selectedRow >= first && selectedRow <= last)
        p.fillRect(QRectF(0, bodyTop + selectedRow * rowH, width, rowH), QColor(0xcc, 0xe4, 0xff));
    for (const qint64 row : highlightedRows) {
        if (row >= first && row <= last)
            p.fillRect(QRectF(0, bodyTop + row * rowH, 4 * g.zoom, rowH), highlight.darker(130));
    }

    // Lane lines, broken at gaps.
    const QList<int> &order = layout.laneOrder();
    p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), std::max(1.0, g.zoom)));
    for (int column = 0; column < order.size(); ++column) {
        const qreal x = g.laneX(column);
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }

    p.setFont(font);
    for (qint64 row = first; row <= last; ++row) {
        const SequenceItem &item = layout.item(row);
        const qreal y = bodyTop + g.rowY(row);
        if (item.kind == Kind::Gap) {
            const QRectF band(0, bodyTop + row * rowH, width, rowH);
            p.fillRect(band, QColor(0xf2, 0xf2, 0xf2));
            p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine));
            p.drawLine(QPointF(0, band.top()), QPointF(width, band.top()));
            p.drawLine(QPointF(0, band.bottom()), QPointF(width, band.bottom()));
            p.setPen(SequenceStyle::color(layout, item));
            p.drawText(band, Qt::AlignCenter, layout.label(item));
            continue;
        }
        p.setPen(QColor(0x70, 0x70, 0x70));
        p.drawText(QRectF(2, y - rowH / 2, g.gutterWidth() - 6, rowH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   SequenceStyle::timeText(layout.timeNs(row) - origin));
        if (item.isArrow())
            continue; // drawn below, over the marks
        const QColor color = SequenceStyle::color(layout, item);
        const qreal x = g.laneX(layout.column(item.lane));
        const qreal r = 3.5 * g.zoom;
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (item.kind == Kind::Call)
            p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r));
        else
            p.drawEllipse(QPointF(x, y), r, r);
        p.setFont(item.internal ? italic : font);
        const QString label = layout.label(item);
        const auto [textX, room] = g.markLabelSpan(x, r, metrics.horizontalAdvance(label), width);
        const QString text = metrics.elidedText(label, Qt::ElideRight, room);
        const QRectF box(textX, y - metrics.height() / 2, metrics.horizontalAdvance(text) + 2,
                         metrics.height());
        p.fillRect(box, QColor(255, 255, 255, 220)); // over the lane lines it crosses
        p.setPen(color);
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setFont(font);
    }

    // Arrows whose end is visible, and longer ones that start above and cross the view.
    const qint64 scanEnd = std::min<qint64>(count - 1, last + layout.maxArrowSpan());
    for (qint64 row = first; row <= scanEnd; ++row) {
        const SequenceItem &item = layout.item(row);
        if (!item.isArrow() || (row > last && item.fromRow > last))
            continue;
        const QColor color = SequenceStyle::color(layout, item);
        const QPointF to(g.laneX(layout.column(item.lane)), bodyTop + g.rowY(row));
        const QPointF from(g.laneX(layout.column(item.fromLane)), bodyTop + g.rowY(item.fromRow));
        const qreal thickness = highlightedRows.contains(row) ? 3.0 : 1.4;
        p.setPen(QPen(color, std::max(1.0, thickness * g.zoom),
                      layout.lanes()[item.fromLane].role == SequenceLane::Role::Outside
                              ? Qt::DashLine
                              : Qt::SolidLine));
        p.drawLine(from, to);
        p.setPen(QPen(color, 1));
        drawArrowHead(p, from, to, 7 * g.zoom);
        const QString text
                = metrics.elidedText(layout.label(item), Qt::ElideRight, g.maxArrowLabelWidth());
        const QRectF box = g.arrowLabelBox(
                from.x(), to.x(), to.y(),
                QSizeF(metrics.horizontalAdvance(text) + 4, metrics.height()), width);
        if (row <= last) {
            p.fillRect(box, QColor(255, 255, 255, 220));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    p.restore();
}

void paintSequenceHeader(QPainter &p, const SequenceLayout &layout, const SequenceGeometry &g,
                         qreal width)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, width, g.headerHeight()), QColor(0xfa, 0xfa, 0xfa));
    p.setPen(QColor(0xc0, 0xc0, 0xc0));
    p.drawLine(QPointF(0, g.headerHeight() - 0.5), QPointF(width, g.headerHeight() - 0.5));
    QFont bold = diagramFont(g);
    bold.setBold(true);
    const QFont plain = diagramFont(g);
    const QList<int> &order = layout.laneOrder();
    const qreal h = g.headerHeight() / 2;
    for (int column = 0; column < order.size(); ++column) {
        const int lane = order[column];
        const QRectF cell(g.laneX(column) - g.laneWidth() / 2 + 4, 0, g.laneWidth() - 8, h);
        const bool outside = layout.lanes()[lane].role == SequenceLane::Role::Outside;
        p.setPen(outside ? QColor(0x80, 0x80, 0x80) : QColor(0x20, 0x20, 0x20));
        p.setFont(bold);
        p.drawText(cell.translated(0, 2), Qt::AlignCenter,
                   QFontMetricsF(bold).elidedText(layout.laneTitle(lane), Qt::ElideRight,
                                                  cell.width()));
        p.setFont(plain);
        p.drawText(cell.translated(0, h - 2), Qt::AlignCenter,
                   QFontMetricsF(plain).elidedText(layout.laneSubtitle(lane), Qt::ElideMiddle,
                                                   cell.width()));
    }
    p.restore();
}

} // namespace gui
