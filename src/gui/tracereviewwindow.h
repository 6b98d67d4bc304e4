#pragma once

#include "trace/tracerecord.h"
#include "trace/transcript.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeView;

namespace trace {
struct JsonlReadResult;
}

namespace gui {

class ConversationWidget;
class EndpointTreeModel;
class EventStreamWidget;
class SequenceDiagramWidget;

// A saved trace, reviewed apart from the live session (File > Open Trace): a window of its own
// with its own endpoint tree, event stream and conversation, all built from the file's records.
// Nothing in it sends or acts on an endpoint (an id in a file is not a live endpoint), and
// closing it leaves the live window's tree, stream and feed as they were.
class TraceReviewWindow final : public QWidget
{
    Q_OBJECT
public:
    // result: what JsonlReader read from path; it must hold records.
    TraceReviewWindow(const QString &path, const trace::JsonlReadResult &result,
                      QWidget *parent = nullptr);
    ~TraceReviewWindow() override;

    QString path() const { return m_path; }
    EndpointTreeModel *endpointModel() const { return m_endpointModel; }
    QTreeView *endpointView() const { return m_endpointView; }
    EventStreamWidget *eventStream() const { return m_stream; }
    ConversationWidget *conversation() const { return m_conversation; }
    SequenceDiagramWidget *sequenceDiagram() const { return m_sequence; }
    void selectEndpoint(quint64 id);
    quint64 selectedEndpoint() const { return m_selectedId; }

    // A socket's conversation as the file has it: every chunk with the first bytes its record
    // kept (trace::PreviewCapacity), and the connect, FIN, error and close markers.
    static trace::Transcript transcriptOf(const QList<trace::TraceRecord> &records, quint64 id);

private:
    void onSelectionChanged();

    QString m_path;
    QList<trace::TraceRecord> m_records;
    EndpointTreeModel *m_endpointModel = nullptr;
    QTreeView *m_endpointView = nullptr;
    EventStreamWidget *m_stream = nullptr;
    ConversationWidget *m_conversation = nullptr;
    SequenceDiagramWidget *m_sequence = nullptr;
    QLabel *m_summary = nullptr;
    quint64 m_selectedId = 0;
};

} // namespace gui
