#include "sequenceview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace gui {

SequenceView::SequenceView(const SequenceLayout *layout, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_layout(layout)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    // Painting is by hand from the layout: the diagram is light on a white page, as exported.
    QPalette page = viewport()->palette();
    page.setColor(QPalette::Base, Qt::white);
    viewport()->setPalette(page);
    updateScrollBars();
}

void SequenceView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_geometry.zoom))
        return;
    // Keep the row at the top of the view where it was.
    const qint64 topRow = m_geometry.rowAt(verticalScrollBar()->value());
    m_geometry.zoom = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(int(topRow * m_geometry.rowHeight()));
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void SequenceView::layoutChanged()
{
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    updateScrollBars();
    if (atEnd)
        bar->setValue(bar->maximum()); // follow the newest rows, as the event stream does
    if (m_selectedRow >= m_layout->itemCount())
        m_selectedRow = -1;
    viewport()->update();
}

void SequenceView::setSelectedRow(qint64 row, bool show)
{
    m_selectedRow = row;
    if (row >= 0 && show)
        ensureRowVisible(row);
    viewport()->update();
}

void SequenceView::setHighlightedRows(const QList<qint64> &rows)
{
    if (rows == m_highlightedRows)
        return;
    m_highlightedRows = rows;
    viewport()->update();
}

void SequenceView::ensureRowVisible(qint64 row)
{
    const qreal bodyHeight = viewport()->height() - m_geometry.headerHeight();
    const qreal y = row * m_geometry.rowHeight();
    QScrollBar *bar = verticalScrollBar();
    if (y < bar->value() || y + m_geometry.rowHeight() > bar->value() + bodyHeight)
        bar->setValue(int(y - bodyHeight / 2));
}

void SequenceView::updateScrollBars()
{
    const qreal bodyHeight = viewport()->height() - m_geometry.headerHeight();
    const qreal total = m_geometry.bodyHeight(m_layout->itemCount());
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(total - bodyHeight))));
    verticalScrollBar()->setPageStep(std::max(1, int(bodyHeight)));
    verticalScrollBar()->setSingleStep(std::max(1, int(m_geometry.rowHeight())));
    const qreal width = m_geometry.width(*m_layout);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(width - viewport()->width()))));
    horizontalScrollBar()->setPageStep(std::max(1, viewport()->width()));
    horizontalScrollBar()->setSingleStep(std::max(1, int(m_geometry.laneWidth() / 4)));
}

qint64 SequenceView::rowAtViewportY(int y) const
{
    if (y < m_geometry.headerHeight())
        return -1;
    const qint64 row
            = m_geometry.rowAt(y - m_geometry.headerHeight() + verticalScrollBar()->value());
    return row < m_layout->itemCount() ? row : -1;
}

std::pair<qint64, qint64> SequenceView::visibleRows() const
{
    const int top = verticalScrollBar()->value();
    const qreal bodyHeight = viewport()->height() - m_geometry.headerHeight();
    const qint64 first = m_geometry.rowAt(top);
    const qint64 last
            = std::min<qint64>(m_layout->itemCount() - 1, m_geometry.rowAt(top + bodyHeight));
    return {first, last};
}

void SequenceView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const qreal header = m_geometry.headerHeight();
    const qreal width = std::max<qreal>(viewport()->width(), m_geometry.width(*m_layout));
    p.translate(-horizontalScrollBar()->value(), 0);
    p.setClipRect(QRectF(0, header, width, viewport()->height() - header));
    const auto [first, last] = visibleRows();
    paintSequenceRows(p, *m_layout, m_geometry, first, last, header - verticalScrollBar()->value(),
                      m_selectedRow, width, m_highlightedRows);
    p.setClipping(false);
    paintSequenceHeader(p, *m_layout, m_geometry, width);
}

void SequenceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SequenceView::mousePressEvent(QMouseEvent *event)
{
    const qint64 row = rowAtViewportY(int(event->position().y()));
    if (row < 0 || m_layout->item(row).kind == SequenceItem::Kind::Gap)
        return;
    m_selectedRow = row;
    viewport()->update();
    Q_EMIT rowActivated(row);
}

void SequenceView::keyPressEvent(QKeyEvent *event)
{
    const qint64 count = m_layout->itemCount();
    qint64 row = m_selectedRow;
    if (event->key() == Qt::Key_Down)
        ++row;
    else if (event->key() == Qt::Key_Up)
        --row;
    else
        return QAbstractScrollArea::keyPressEvent(event);
    while (row >= 0 && row < count && m_layout->item(row).kind == SequenceItem::Kind::Gap)
        row += event->key() == Qt::Key_Down ? 1 : -1;
    if (row < 0 || row >= count)
        return;
    setSelectedRow(row);
    Q_EMIT rowActivated(row);
}

void SequenceView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace gui
