#include "sequencediagramwidget.h"

#include "eventstreamwidget.h"
#include "sequencesvgexport.h"
#include "sequenceview.h"
#include "session/regularfile.h"

#include <QBuffer>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SequenceDiagramWidget::SequenceDiagramWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new SequenceView(&m_layout, this))
{
    m_view->setObjectName(u"sequenceView"_s);
    m_hideData = new QCheckBox(tr("Hide data"), this);
    m_hideData->setObjectName(u"sequenceHideData"_s);
    m_hideData->setToolTip(tr("Hide data arrows and write() calls"));
    m_hideInternal = new QCheckBox(tr("Hide internal calls"), this);
    m_hideInternal->setObjectName(u"sequenceHideInternal"_s);
    m_hideInternal->setToolTip(tr("Hide the calls netcore made itself (auto end, auto destroy)"));
    QToolButton *zoomOut
            = toolButton(this, u"sequenceZoomOut"_s, u"\u2212"_s, tr("Zoom out (Ctrl+wheel)"));
    QToolButton *zoomIn = toolButton(this, u"sequenceZoomIn"_s, u"+"_s, tr("Zoom in (Ctrl+wheel)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"sequenceZoomLabel"_s);
    QToolButton *svg = toolButton(this, u"sequenceExportSvg"_s, tr("SVG…"),
                                  tr("Export the diagram from the top of the view as SVG"));
    QToolButton *png = toolButton(this, u"sequenceExportPng"_s, tr("PNG…"),
                                  tr("Export the diagram from the top of the view as PNG"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"sequenceCountLabel"_s);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_hideData);
    bar->addWidget(m_hideInternal);
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomIn);
    bar->addSpacing(12);
    bar->addWidget(svg);
    bar->addWidget(png);
    bar->addStretch(1);
    bar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_hideData, &QCheckBox::toggled, this, &SequenceDiagramWidget::applyOptions);
    connect(m_hideInternal, &QCheckBox::toggled, this, &SequenceDiagramWidget::applyOptions);
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    connect(m_view, &SequenceView::zoomChanged, this, [this](qreal zoom) {
        m_zoomLabel->setText(QLocale().toString(qRound(zoom * 100)) + u" %"_s);
    });
    connect(svg, &QToolButton::clicked, this, [this] { askExport(true); });
    connect(png, &QToolButton::clicked, this, [this] { askExport(false); });
    connect(m_view, &SequenceView::rowActivated, this, [this](qint64 row) {
        const quint64 seq = m_layout.seqOfRow(row);
        if (seq != 0)
            Q_EMIT recordActivated(seq);
    });
    m_zoomLabel->setText(u"100 %"_s);
    afterLayoutChange();
}

void SequenceDiagramWidget::follow(EventStreamWidget *stream)
{
    connect(this, &SequenceDiagramWidget::recordActivated, stream,
            [stream](quint64 seq) { stream->selectRecord(seq); });
    connect(stream, &EventStreamWidget::recordSelected, this,
            [this](const trace::TraceRecord &record) { selectRecord(record.seq); });
    connect(stream, &EventStreamWidget::highlightedRecordsChanged, this,
            &SequenceDiagramWidget::setHighlightedRecords);
}

void SequenceDiagramWidget::setHighlightedRecords(const QList<quint64> &seqs)
{
    const bool sameFirst = !seqs.isEmpty() && !m_highlightedSeqs.isEmpty()
            && seqs.constFirst() == m_highlightedSeqs.constFirst();
    m_highlightedSeqs = seqs;
    if (!sameFirst)
        m_highlightFirstShown = false;
    updateHighlight();
}

const QList<qint64> &SequenceDiagramWidget::highlightedRows() const
{
    return m_view->highlightedRows();
}

void SequenceDiagramWidget::updateHighlight()
{
    QList<qint64> rows;
    for (const quint64 seq : std::as_const(m_highlightedSeqs)) {
        if (const qint64 row = m_layout.rowForSeq(seq); row >= 0)
            rows.append(row);
    }
    m_view->setHighlightedRows(rows);
    // The first record's row (not merely the first laid out: it may come in a later batch).
    if (!m_highlightFirstShown && !m_highlightedSeqs.isEmpty()) {
        if (const qint64 first = m_layout.rowForSeq(m_highlightedSeqs.constFirst()); first >= 0) {
            m_view->ensureRowVisible(first);
            m_highlightFirstShown = true;
        }
    }
}

void SequenceDiagramWidget::appendRecords(const QList<trace::TraceRecord> &records, quint64 lost)
{
    if (records.isEmpty())
        return;
    if (m_refill && !m_onScreen) {
        m_stale = true;
        return;
    }
    const quint64 selected = selectedSeq();
    const quint64 rebuilds = m_layout.rebuildCount();
    m_layout.append(records, lost);
    if (m_layout.rebuildCount() != rebuilds) // past the cap: the rows moved
        m_view->setSelectedRow(selected ? m_layout.rowForSeq(selected) : -1, false);
    afterLayoutChange();
}

void SequenceDiagramWidget::showRecords(const QList<trace::TraceRecord> &records)
{
    m_layout.clear();
    m_stale = false;
    m_layout.append(records);
    m_view->setSelectedRow(-1);
    afterLayoutChange();
    m_view->verticalScrollBar()->setValue(0); // a trace is read from its start
}

void SequenceDiagramWidget::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (!onScreen || !m_stale)
        return;
    m_stale = false;
    const quint64 selected = selectedSeq();
    m_layout.clear();
    m_layout.append(m_refill());
    m_view->setSelectedRow(selected ? m_layout.rowForSeq(selected) : -1, false);
    afterLayoutChange();
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void SequenceDiagramWidget::clear()
{
    m_stale = false;
    m_layout.clear();
    m_view->setSelectedRow(-1);
    afterLayoutChange();
}

bool SequenceDiagramWidget::selectRecord(quint64 seq)
{
    const qsizetype row = m_layout.rowForSeq(seq);
    m_view->setSelectedRow(row);
    return row >= 0;
}

quint64 SequenceDiagramWidget::selectedSeq() const
{
    const qint64 row = m_view->selectedRow();
    return row >= 0 ? m_layout.seqOfRow(row) : 0;
}

void SequenceDiagramWidget::setHideData(bool hide)
{
    m_hideData->setChecked(hide);
}

void SequenceDiagramWidget::setHideInternal(bool hide)
{
    m_hideInternal->setChecked(hide);
}

void SequenceDiagramWidget::applyOptions()
{
    const quint64 selected = selectedSeq();
    SequenceLayout::Options options = m_layout.options();
    options.hideData = m_hideData->isChecked();
    options.hideInternal = m_hideInternal->isChecked();
    m_layout.setOptions(options);
    afterLayoutChange();
    m_view->setSelectedRow(selected ? m_layout.rowForSeq(selected) : -1);
}

void SequenceDiagramWidget::afterLayoutChange()
{
    m_view->layoutChanged();
    updateHighlight();
    m_countLabel->setText(tr("%1 rows, %2 lanes")
                                  .arg(QLocale().toString(m_layout.itemCount()))
                                  .arg(m_layout.lanes().size()));
}

qint64 SequenceDiagramWidget::exportFirstRow() const
{
    return std::max<qint64>(0, m_view->visibleRows().first);
}

QImage SequenceDiagramWidget::renderImage() const
{
    const SequenceGeometry &g = m_view->geometry();
    const qint64 first = exportFirstRow();
    const qint64 last = std::min(m_layout.itemCount(), first + MaxExportRows) - 1;
    const qreal width = std::max<qreal>(g.width(m_layout), 200);
    const qreal height = g.headerHeight() + g.bodyHeight(std::max<qint64>(0, last - first + 1)) + 4;
    QImage image(QSize(int(std::ceil(width)), int(std::ceil(height))), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paintSequenceRows(p, m_layout, g, first, last, g.headerHeight() - first * g.rowHeight(), -1,
                      width);
    paintSequenceHeader(p, m_layout, g, width);
    return image;
}

bool SequenceDiagramWidget::exportSvg(const QString &path, QString *error) const
{
    const QByteArray svg
            = sequenceSvg(m_layout, m_view->geometry(), exportFirstRow(), MaxExportRows);
    return session::writeRegularFile(
            path, [&svg](const session::WriteFunction &write) { write(svg); }, error);
}

bool SequenceDiagramWidget::exportPng(const QString &path, QString *error) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage().save(&buffer, "PNG")) {
        *error = tr("Cannot make a PNG of the diagram");
        return false;
    }
    return session::writeRegularFile(
            path, [&png](const session::WriteFunction &write) { write(png); }, error);
}

void SequenceDiagramWidget::askExport(bool svg)
{
    const QString path = svg ? m_prompts.saveFileName(this, tr("Export Diagram as SVG"),
                                                      tr("SVG images (*.svg)"), u"sequence.svg"_s)
                             : m_prompts.saveFileName(this, tr("Export Diagram as PNG"),
                                                      tr("PNG images (*.png)"), u"sequence.png"_s);
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? exportSvg(path, &error) : exportPng(path, &error)))
        m_prompts.warn(this, tr("Export Diagram"), error);
}

} // namespace gui
