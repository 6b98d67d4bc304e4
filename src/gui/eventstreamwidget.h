#pragma once

#include "eventtablemodel.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

#include <memory>

namespace trace {
struct JsonlReadResult;
}

class QAction;
class QMenu;

namespace Ui {
class EventStreamWidget;
}

namespace gui {

// The event stream: a virtualized table of every recorded event and call, a filter bar, a
// legend and a details pane for the selected record. The window's is fed in batches by
// EventFeed; a TraceReviewWindow's shows a saved trace instead (review mode: read-only, deaf to
// appendRecords(), until clear()).
class EventStreamWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit EventStreamWidget(QWidget *parent = nullptr);
    ~EventStreamWidget() override;

    // A trace is held in memory whole (about its size on disk): larger files are refused.
    static constexpr qint64 MaxTraceFileBytes = qint64(1) << 30;

    // Reads a JSON Lines trace (SCHEMA.md; a regular file of at most MaxTraceFileBytes) and
    // shows it. Returns false when nothing could be read; when some lines were bad it shows
    // the good ones, returns true and describes the bad lines in *error.
    bool openTrace(const QString &path, QString *error);
    // The same for a trace already read (MainWindow reads large files off the GUI thread).
    bool showTrace(const QString &path, const trace::JsonlReadResult &result, QString *error);
    bool isReviewing() const { return !m_reviewPath.isEmpty(); }
    QString reviewPath() const { return m_reviewPath; }
    // The rows that pass the filter, in the schema --trace writes.
    bool exportJsonl(const QString &path, QString *error) const;
    // The rows that pass the filter; the time column as currently shown.
    bool exportCsv(const QString &path, QString *error) const;

    void clear(); // forgets all records and leaves review mode
    void setCapacity(qsizetype capacity);
    qsizetype capacity() const { return m_capacity; }
    void setEndpointFilter(quint64 id); // 0: all endpoints
    qsizetype totalRecords() const;     // records held, filtered or not
    qsizetype visibleRecords() const;   // rows that pass the filter
    bool isFollowing() const;
    void setFollowing(bool follow);
    EventTableModel *model() const { return m_model; }
    // Makes the row of the record with this seq current (recordSelected follows); false when
    // the record is not held or the filter hides it.
    bool selectRecord(quint64 seq);
    // Paints these records' rows apart (EventTableModel::HighlightRole), in seq order; the
    // diagram that follows this stream highlights their items. Empty: none.
    void setHighlightedRecords(const QList<quint64> &seqs);
    const QList<quint64> &highlightedRecords() const { return m_model->highlighted(); }
    // Checkable: hides the automatic rows (EventTableModel::isAutomatic()). On the filter bar;
    // the window puts it in its View menu too.
    QAction *hideAutomaticAction() const { return m_hideAutomaticAction; }

public Q_SLOTS:
    // Connect to EventFeed::recordsArrived. Ignored while reviewing a file.
    void appendRecords(const QList<trace::TraceRecord> &records, quint64 lost);

Q_SIGNALS:
    void recordSelected(const trace::TraceRecord &record);
    void endpointActivated(quint64 id); // a row was double-clicked
    void highlightedRecordsChanged(const QList<quint64> &seqs);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool writeRows(const QString &path, const QByteArray &header, QString *error,
                   const std::function<void(int row, QByteArray &out)> &appendRow) const;
    void setUpTable();
    // Row height, column widths and the event button's width follow the font (font zoom).
    void sizeToFont();
    void setUpEventMenu();
    void setUpLegend();
    void setUpHideAutomatic();
    void syncEndpointCombo();
    void applyEndpointCombo();
    void applyEventMenu();
    void applyTimeMode();
    void useCurrentRowAsReference();
    void filterCurrentEndpoint();
    void showCurrent();
    void scrollToTailIfFollowing();
    void updateStatus();

    std::unique_ptr<Ui::EventStreamWidget> m_ui;
    EventTableModel *m_model;
    QSet<quint64> m_comboEndpoints; // the endpoints the filter combo lists
    QMenu *m_eventMenu = nullptr;
    QList<QAction *> m_eventActions;
    QAction *m_hideAutomaticAction = nullptr;
    QTimer m_textFilterTimer;
    qsizetype m_capacity = EventStore::DefaultCapacity;
    QString m_reviewPath;
    bool m_applyingMenu = false;
};

} // namespace gui
