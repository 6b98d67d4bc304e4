#include "sequencesvgexport.h"

#include <QFont>
#include <QFontMetricsF>

#include <cmath>

using namespace Qt::StringLiterals;
using Kind = gui::SequenceItem::Kind;

namespace gui {

namespace {

// Text content and attribute values: XML 1.0 allows no C0 controls but tab, LF and CR, and no
// U+FFFE/U+FFFF; previews of binary data hold anything.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '&')
            out += "&amp;"_L1;
        else if (u == '<')
            out += "&lt;"_L1;
        else if (u == '>')
            out += "&gt;"_L1;
        else if (u == '"')
            out += "&quot;"_L1;
        else if ((u < 0x20 && u != '\t') || u == 0xfffe || u == 0xffff)
            out += QChar(0xfffd);
        else
            out += c;
    }
    return out;
}

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

class SvgWriter
{
public:
    QString out;

    void line(QPointF a, QPointF b, const QColor &color, qreal width, bool dashed = false)
    {
        out += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>\n"_s
                       .arg(num(a.x()), num(a.y()), num(b.x()), num(b.y()), color.name(),
                            num(width), dashed ? u" stroke-dasharray=\"5,3\""_s : QString());
    }
    void text(QPointF at, const QString &s, const QColor &color, const QString &anchor,
              const QString &cls)
    {
        out += u"<text x=\"%1\" y=\"%2\" fill=\"%3\" text-anchor=\"%4\" class=\"%5\">%6</text>\n"_s
                       .arg(num(at.x()), num(at.y()), color.name(), anchor, cls, xmlText(s));
    }
};

} // namespace

QByteArray sequenceSvg(const SequenceLayout &layout, const SequenceGeometry &g, qint64 firstRow,
                       qint64 maxRows)
{
    const qint64 count = layout.itemCount();
    firstRow = std::clamp<qint64>(firstRow, 0, count);
    const qint64 lastRow = std::min(count, firstRow + maxRows) - 1;
    const qreal header = g.headerHeight();
    const qreal width = g.width(layout);
    const qreal height = header + g.bodyHeight(lastRow - firstRow + 1) + 4;
    const qreal top = header - firstRow * g.rowHeight(); // y of row 0's top
    const qreal rowH = g.rowHeight();
    QFont font;
    font.setPixelSize(std::max(6, int(std::lround(g.fontPixels()))));
    const QFontMetricsF metrics(font);
    const qint64 origin = count > 0 ? layout.timeNs(0) : 0;

    SvgWriter w;
    w.out += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    w.out += u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n"_s
                     .arg(num(width), num(height));
    w.out += u"<style>text{font-family:sans-serif;font-size:%1px;dominant-baseline:middle}"
             ".lane{font-weight:bold}.internal{font-style:italic}</style>\n"_s.arg(
                     num(g.fontPixels()));
    w.out += u"<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"_s;

    const QList<int> &order = layout.laneOrder();
    w.out += u"<g id=\"lanes\">\n"_s;
    for (int column = 0; column < order.size(); ++column) {
        const int lane = order[column];
        const qreal x = g.laneX(column);
        w.out += u"<g class=\"lane\" data-endpoint=\"%1\" data-role=\"%2\">\n"_s
                         .arg(layout.lanes()[lane].endpointId)
                         .arg(int(layout.lanes()[lane].role));
        w.text({x, header * 0.28}, layout.laneTitle(lane), QColor(0x20, 0x20, 0x20), u"middle"_s,
               u"lane"_s);
        w.text({x, header * 0.72}, layout.laneSubtitle(lane), QColor(0x50, 0x50, 0x50), u"middle"_s,
               u"address"_s);
        w.line({x, header}, {x, height}, QColor(0xb0, 0xb0, 0xb0), 1);
        w.out += u"</g>\n"_s;
    }
    w.out += u"</g>\n<g id=\"items\">\n"_s;

    for (qint64 row = firstRow; row <= lastRow; ++row) {
        const SequenceItem &item = layout.item(row);
        const QColor color = SequenceStyle::color(layout, item);
        const qreal y = top + g.rowY(row);
        if (item.kind == Kind::Gap) {
            w.out += u"<rect class=\"gap\" x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"#f2f2f2\"/>\n"_s
                             .arg(num(y - rowH / 2), num(width), num(rowH));
            w.text({width / 2, y}, layout.label(item), color, u"middle"_s, u"gap"_s);
            continue;
        }
        const quint64 seq = layout.seqOfRow(row);
        w.text({g.gutterWidth() - 6, y}, SequenceStyle::timeText(layout.timeNs(row) - origin),
               QColor(0x70, 0x70, 0x70), u"end"_s, u"time"_s);
        const QString cls = item.internal ? u"internal"_s : QString();
        const qreal toX = g.laneX(layout.column(item.lane));
        if (!item.isArrow()) {
            const qreal r = 3.5 * g.zoom;
            w.out += u"<g class=\"mark\" data-seq=\"%1\">"_s.arg(seq);
            if (item.kind == Kind::Call)
                w.out += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"%4\"/>"_s.arg(
                        num(toX - r), num(y - r), num(2 * r), color.name());
            else
                w.out += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>"_s.arg(
                        num(toX), num(y), num(r), color.name());
            const QString label = layout.label(item);
            const auto [textX, room]
                    = g.markLabelSpan(toX, r, metrics.horizontalAdvance(label), width);
            w.text({textX, y}, metrics.elidedText(label, Qt::ElideRight, room), color, u"start"_s,
                   cls);
            w.out += u"</g>\n"_s;
            continue;
        }
        // An arrow whose cause lies before the exported rows starts at the top edge.
        const qreal fromY = std::max(top + g.rowY(item.fromRow), header);
        const qreal fromX = g.laneX(layout.column(item.fromLane));
        const bool outside = layout.lanes()[item.fromLane].role == SequenceLane::Role::Outside;
        w.out += u"<g class=\"arrow\" data-kind=\"%1\" data-seq=\"%2\">"_s.arg(int(item.kind))
                         .arg(seq);
        w.line({fromX, fromY}, {toX, y}, color, std::max(1.0, 1.4 * g.zoom), outside);
        const qreal angle = std::atan2(y - fromY, toX - fromX);
        const qreal size = 7 * g.zoom;
        const QPointF a
                = QPointF(toX, y) - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
        const QPointF b
                = QPointF(toX, y) - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
        w.out += u"<polygon points=\"%1,%2 %3,%4 %5,%6\" fill=\"%7\"/>"_s.arg(
                num(toX), num(y), num(a.x()), num(a.y()), num(b.x()), num(b.y()), color.name());
        const QString label
                = metrics.elidedText(layout.label(item), Qt::ElideRight, g.maxArrowLabelWidth());
        const QRectF box = g.arrowLabelBox(
                fromX, toX, y, QSizeF(metrics.horizontalAdvance(label) + 4, metrics.height()),
                width);
        w.out += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>"_s
                         .arg(num(box.left()), num(box.top()), num(box.width()), num(box.height()));
        w.text({box.left() + 2, box.center().y()}, label, color, u"start"_s, cls);
        w.out += u"</g>\n"_s;
    }
    w.out += u"</g>\n</svg>\n"_s;
    return w.out.toUtf8();
}

} // namespace gui
