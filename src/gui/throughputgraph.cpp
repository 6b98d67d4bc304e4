#include "throughputgraph.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Two hues that stay apart on light and dark palettes and for the common colour deficiencies.
const QColor InColor(0x1f, 0x77, 0xb4);
const QColor OutColor(0xe0, 0x7b, 0x00);

constexpr double Kibi = 1024.0;

} // namespace

ThroughputGraph::ThroughputGraph(QWidget *parent)
    : QWidget(parent)
{
    // Takes the inspector's spare height: a rate is read from the curve's shape.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Bytes per second received (in) and sent (out) over the last 60 seconds"));
}

void ThroughputGraph::addSample(qint64 time, qint64 totalBytesIn, qint64 totalBytesOut)
{
    const Sample sample {time, totalBytesIn, totalBytesOut};
    if (!m_last || totalBytesIn < m_last->in || totalBytesOut < m_last->out
        || time < m_last->time) {
        m_last = sample;
        return;
    }
    const qint64 elapsed = time - m_last->time;
    if (elapsed == 0)
        return;
    const double seconds = double(elapsed) / 1000.0;
    m_rates.append(Rate {time, double(totalBytesIn - m_last->in) / seconds,
                         double(totalBytesOut - m_last->out) / seconds});
    m_last = sample;
    while (!m_rates.isEmpty() && m_rates.first().time < time - WindowMs)
        m_rates.removeFirst();
    update();
}

void ThroughputGraph::clear()
{
    m_last.reset();
    m_rates.clear();
    update();
}

QList<ThroughputGraph::Rate> ThroughputGraph::rates() const
{
    QList<Rate> result;
    result.reserve(m_rates.count());
    for (qsizetype i = m_rates.firstIndex(); i <= m_rates.lastIndex(); ++i)
        result.append(m_rates.at(i));
    return result;
}

double ThroughputGraph::currentRateIn() const
{
    return m_rates.isEmpty() ? 0.0 : m_rates.last().in;
}

double ThroughputGraph::currentRateOut() const
{
    return m_rates.isEmpty() ? 0.0 : m_rates.last().out;
}

QString ThroughputGraph::formatRate(double bytesPerSecond)
{
    static const std::array units
            = {QT_TR_NOOP("%1 B/s"), QT_TR_NOOP("%1 KiB/s"), QT_TR_NOOP("%1 MiB/s"),
               QT_TR_NOOP("%1 GiB/s"), QT_TR_NOOP("%1 TiB/s")};
    double value = std::max(bytesPerSecond, 0.0);
    size_t unit = 0;
    while (value >= Kibi && unit + 1 < units.size()) {
        value /= Kibi;
        ++unit;
    }
    const QLocale locale;
    // Whole bytes; otherwise one decimal while it still says something.
    const int decimals = (unit == 0 || value >= 100) ? 0 : 1;
    QString number = locale.toString(value, 'f', decimals);
    if (decimals == 1 && number.endsWith(locale.decimalPoint() + u'0'))
        number.chop(1 + locale.decimalPoint().size());
    return tr(units[unit]).arg(number);
}

// In lines of text, so the plot keeps room for its axis labels and legend at any zoom.
QSize ThroughputGraph::sizeHint() const
{
    return {300, fontMetrics().lineSpacing() * 12};
}

QSize ThroughputGraph::minimumSizeHint() const
{
    return {120, fontMetrics().lineSpacing() * 8};
}

// A round number above the peak, in the unit the label will use: 1, 2, 5, 10, 20, 50, ...
double ThroughputGraph::axisMaximum() const
{
    double peak = 0;
    for (qsizetype i = m_rates.firstIndex(); i <= m_rates.lastIndex(); ++i)
        peak = std::max({peak, m_rates.at(i).in, m_rates.at(i).out});
    if (peak <= 0)
        return Kibi;
    double unit = 1;
    while (peak / unit >= Kibi)
        unit *= Kibi;
    const double scaled = peak / unit;
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0}) {
        if (scaled <= step)
            return step * unit;
    }
    return Kibi * unit;
}

void ThroughputGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());

    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const QRectF legendArea(4, 2, width() - 8, line);
    const QRectF plot(QPointF(4, legendArea.bottom() + 4), QPointF(width() - 4, height() - 4));
    if (plot.height() < 8 || plot.width() < 8)
        return;

    // Frame, a midline, and the scale at the top right of the plot.
    const double maximum = axisMaximum();
    QColor gridColor = pal.color(QPalette::Text);
    gridColor.setAlpha(40);
    painter.setPen(QPen(gridColor, 1));
    painter.drawRect(plot);
    painter.drawLine(QPointF(plot.left(), plot.center().y()),
                     QPointF(plot.right(), plot.center().y()));

    paintSeries(painter, plot, maximum, true, InColor);
    paintSeries(painter, plot, maximum, false, OutColor);

    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QRectF inside = plot.adjusted(4, 2, -4, -2);
    painter.drawText(inside, Qt::AlignRight | Qt::AlignTop, formatRate(maximum));
    painter.drawText(inside, Qt::AlignLeft | Qt::AlignBottom, tr("60 s"));
    painter.drawText(inside, Qt::AlignRight | Qt::AlignBottom, tr("now"));
    paintLegend(painter, legendArea);
}

void ThroughputGraph::paintSeries(QPainter &painter, const QRectF &plot, double maximum,
                                  bool incoming, const QColor &color) const
{
    if (m_rates.isEmpty())
        return;
    const qint64 newest = m_rates.last().time;
    auto pointAt = [&](const Rate &rate) {
        const double age = double(newest - rate.time) / double(WindowMs);
        const double value = std::min((incoming ? rate.in : rate.out) / maximum, 1.0);
        return QPointF(plot.right() - age * plot.width(), plot.bottom() - value * plot.height());
    };
    QPainterPath path(pointAt(m_rates.first()));
    for (qsizetype i = m_rates.firstIndex() + 1; i <= m_rates.lastIndex(); ++i)
        path.lineTo(pointAt(m_rates.at(i)));

    QPainterPath area = path;
    area.lineTo(QPointF(path.currentPosition().x(), plot.bottom()));
    area.lineTo(QPointF(pointAt(m_rates.first()).x(), plot.bottom()));
    area.closeSubpath();
    QColor fill = color;
    fill.setAlpha(50);
    painter.fillPath(area, fill);
    painter.strokePath(path, QPen(color, 1.5));
}

void ThroughputGraph::paintLegend(QPainter &painter, const QRectF &area) const
{
    const QFontMetrics metrics(font());
    const double swatch = metrics.ascent() * 0.8;
    double x = area.left();
    const auto entry = [&](const QColor &color, const QString &text) {
        painter.fillRect(QRectF(x, area.center().y() - swatch / 2, swatch, swatch), color);
        x += swatch + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x, area.top(), area.right() - x, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 12;
    };
    entry(InColor, tr("in %1").arg(formatRate(currentRateIn())));
    entry(OutColor, tr("out %1").arg(formatRate(currentRateOut())));
}

} // namespace gui
