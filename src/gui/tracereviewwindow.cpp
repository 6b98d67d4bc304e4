#include "tracereviewwindow.h"

#include "conversationwidget.h"
#include "endpointtreemodel.h"
#include "eventstreamwidget.h"
#include "explainpane.h"
#include "sequencediagramwidget.h"

#include "trace/jsonlreader.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;

namespace gui {

TraceReviewWindow::TraceReviewWindow(const QString &path, const trace::JsonlReadResult &result,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(path)
    , m_records(result.records)
{
    setObjectName(u"traceReviewWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — review — netbench").arg(name));

    m_endpointModel = new EndpointTreeModel(this);
    m_endpointModel->applyRecords(m_records);
    m_endpointView = new QTreeView(this);
    m_endpointView->setObjectName(u"reviewEndpointView"_s);
    m_endpointView->setModel(m_endpointModel);
    m_endpointView->setUniformRowHeights(true);
    m_endpointView->setAllColumnsShowFocus(true);
    m_endpointView->header()->setSectionResizeMode(EndpointTreeModel::NameColumn,
                                                   QHeaderView::ResizeToContents);
    m_endpointView->expandAll();

    m_stream = new EventStreamWidget(this);
    m_stream->setObjectName(u"reviewEventStream"_s);
    QString ignored; // result holds records: showTrace() cannot refuse them
    m_stream->showTrace(path, result, &ignored);

    m_conversation = new ConversationWidget(this);
    m_conversation->setObjectName(u"reviewConversation"_s);
    m_conversation->setUncapturedReason(
            tr("a trace keeps the first %1 bytes of each chunk").arg(trace::PreviewCapacity));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reviewSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setText(
            tr("<b>%1</b>: %2 records, %3 endpoints, read from the file. A review is read-only: "
               "nothing here sends or changes an endpoint.")
                    .arg(name.toHtmlEscaped(), QLocale().toString(m_records.size()))
                    .arg(m_endpointModel->endpointCount()));

    auto *explain = new ExplainPane(this);
    explain->setObjectName(u"reviewExplainPane"_s);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_conversation);
    bottom->addWidget(explain);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_stream);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"reviewSplitter"_s);
    split->addWidget(m_endpointView);
    split->addWidget(right);
    split->setSizes({320, 880});
    // The file's conversations as a sequence diagram, beside the stream.
    m_sequence = new SequenceDiagramWidget(this);
    m_sequence->setObjectName(u"reviewSequenceDiagram"_s);
    m_sequence->showRecords(m_records);
    m_sequence->follow(m_stream);
    // The stream shows the selected endpoint's rows: an item of another one selects it first.
    connect(m_sequence, &SequenceDiagramWidget::recordActivated, this, [this](quint64 seq) {
        const trace::TraceRecord *record = m_sequence->layout().recordForSeq(seq);
        if (!record || m_stream->selectRecord(seq))
            return;
        selectEndpoint(record->endpointId);
        m_stream->selectRecord(seq);
    });
    split->addWidget(m_sequence);
    split->setSizes({260, 620, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    resize(1200, 760);

    connect(m_endpointView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TraceReviewWindow::onSelectionChanged);
    explain->follow(m_stream, m_endpointView);
    connect(m_stream, &EventStreamWidget::endpointActivated, this,
            &TraceReviewWindow::selectEndpoint);
}

TraceReviewWindow::~TraceReviewWindow() = default;

void TraceReviewWindow::selectEndpoint(quint64 id)
{
    const QModelIndex index = m_endpointModel->indexOf(id);
    if (index.isValid())
        m_endpointView->setCurrentIndex(index);
}

void TraceReviewWindow::onSelectionChanged()
{
    const QModelIndex current = m_endpointView->currentIndex();
    m_selectedId = current.isValid() ? current.data(EndpointTreeModel::IdRole).toULongLong() : 0;
    m_stream->setEndpointFilter(m_selectedId);
    const auto kind = EndpointKind(current.data(EndpointTreeModel::KindRole).toInt());
    if (m_selectedId == 0 || kind != EndpointKind::Socket) {
        m_conversation->clear();
        return;
    }
    QList<trace::TraceRecord> own;
    for (const trace::TraceRecord &record : std::as_const(m_records)) {
        if (record.endpointId == m_selectedId)
            own.append(record);
    }
    m_conversation->setConversation(m_selectedId, transcriptOf(m_records, m_selectedId), own);
}

trace::Transcript TraceReviewWindow::transcriptOf(const QList<trace::TraceRecord> &records,
                                                  quint64 id)
{
    using Kind = trace::TranscriptEntry::Kind;
    using trace::Direction;
    trace::Transcript t;
    t.stats.endpointId = id;
    const auto marker = [&t](quint64 seq, Kind kind, Direction direction, const QString &note) {
        t.entries.append({seq, 0, 0, 0, kind, direction});
        if (!note.isEmpty())
            t.notes.insert(seq, note);
    };
    for (const trace::TraceRecord &r : records) {
        if (r.event == NetEvent::Connection && r.relatedId == id) {
            marker(r.seq, Kind::Connected, Direction::In, {});
            continue;
        }
        if (r.endpointId != id || r.kind != EndpointKind::Socket)
            continue;
        switch (r.event) {
        case NetEvent::Data:
        case NetEvent::WriteCall: {
            const Direction d = r.event == NetEvent::Data ? Direction::In : Direction::Out;
            QByteArray &kept = t.bytes[int(d)];
            const QByteArrayView preview = r.previewBytes();
            // offset: where the kept bytes start in this direction's buffer of previews.
            t.entries.append(
                    {r.seq, kept.size(), qMax<qint64>(r.value, 0), preview.size(), Kind::Data, d});
            kept.append(preview);
            t.stats.totalBytes[int(d)] += qMax<qint64>(r.value, 0);
            t.stats.capturedBytes[int(d)] += preview.size();
            break;
        }
        case NetEvent::Connect: marker(r.seq, Kind::Connected, Direction::Out, {}); break;
        case NetEvent::End: marker(r.seq, Kind::FinReceived, Direction::In, {}); break;
        case NetEvent::EndCall: marker(r.seq, Kind::EndCalled, Direction::Out, {}); break;
        case NetEvent::ResetCall: marker(r.seq, Kind::Reset, Direction::Out, {}); break;
        case NetEvent::Error: {
            const trace::TraceError *error = r.error();
            marker(r.seq, Kind::Error, Direction::In,
                   error ? error->code + u": "_s + error->message : QString());
            break;
        }
        case NetEvent::Close:
            marker(r.seq, Kind::Closed, Direction::In, r.value == 1 ? u"hadError"_s : QString());
            t.stats.closed = true;
            break;
        default: break;
        }
    }
    t.stats.entryCount = t.entries.size();
    return t;
}

} // namespace gui
