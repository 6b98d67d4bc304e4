#pragma once

#include "eventstore.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <vector>

namespace gui {

// The event stream as a table: one row per record of the store that passes the filter.
// Filtering lives here rather than in a QSortFilterProxyModel because a proxy remaps all of
// its rows on every batch and on every front removal; here a batch costs O(batch) and brings at
// most one rowsRemoved (records that fell off the store) and one rowsInserted. Changing the
// filter rescans the store in time-boxed slices, so a big store never stalls the GUI thread.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, EndpointColumn, EventColumn, SummaryColumn, ColumnCount };
    enum class TimeMode { Absolute, SincePrevious, SinceReference };
    enum Role {
        SeqRole = Qt::UserRole + 1, // quint64
        EndpointIdRole,             // quint64
        StoreIndexRole,             // quint64, EventStore's index
        CategoryRole,               // int, EventCategory
        HighlightRole,              // bool: one of the highlighted records (a lesson's notices)
    };
    // One bit per netcore::NetEvent.
    using EventMask = quint32;
    static constexpr EventMask AllEvents
            = (EventMask(1) << (int(netcore::NetEvent::ReconnectCall) + 1)) - 1;
    static constexpr EventMask eventBit(netcore::NetEvent event)
    {
        return EventMask(1) << int(event);
    }
    // The filter rescan works at most this long per turn of the event loop.
    static constexpr int RescanSliceMs = 20;

    explicit EventTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // ---- records
    void appendRecords(const QList<trace::TraceRecord> &records, quint64 lost = 0);
    void clear();
    void setCapacity(qsizetype capacity);
    const EventStore &store() const { return m_store; }
    const trace::TraceRecord &record(int row) const;
    quint64 storeIndex(int row) const { return m_rows[size_t(m_rowsHead + row)]; }
    int rowForStoreIndex(quint64 index) const; // -1 when filtered out or gone
    // Endpoints in the order they first appeared, also those the filter hides.
    const QList<quint64> &endpoints() const { return m_endpointOrder; }

    // ---- highlight: records painted apart (what a lesson step says to notice), by seq
    void setHighlighted(const QList<quint64> &seqs);
    const QList<quint64> &highlighted() const { return m_highlightedOrder; }
    netcore::EndpointKind endpointKind(quint64 id) const { return m_endpointKinds.value(id); }

    // ---- filter (all of them must pass)
    void setEndpointFilter(const QSet<quint64> &ids); // empty: every endpoint
    QSet<quint64> endpointFilter() const { return m_endpointFilter; }
    void setEventMask(EventMask mask);
    EventMask eventMask() const { return m_eventMask; }
    // Case-insensitive substring of the summary, the event name or the endpoint label.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_textFilter; }
    // Hides the rows that are noise for a class: isAutomatic() ones.
    void setHidingAutomatic(bool hide);
    bool isHidingAutomatic() const { return m_hideAutomatic; }
    // Calls netcore made itself (internal: autoDestroy's destroy(), the automatic end() at the
    // peer's FIN, the destroy() after an error) and 'ready', which always follows 'connect' at
    // once and says nothing more.
    static bool isAutomatic(const trace::TraceRecord &record);
    bool isFiltered() const;
    bool accepts(const trace::TraceRecord &record) const;
    bool isRescanning() const { return m_rescanTimer.isActive(); }

    // ---- time column
    void setTimeMode(TimeMode mode);
    TimeMode timeMode() const { return m_timeMode; }
    // The row's record becomes the zero of TimeMode::SinceReference.
    void setReferenceRow(int row);
    bool hasReference() const { return m_hasReference; }
    quint64 referenceSeq() const { return m_referenceSeq; }
    QString timeText(int row) const;
    // "+1.234 ms": a nanosecond difference in ms, to the microsecond.
    static QString formatDeltaNs(qint64 ns);
    static QString formatWallTime(qint64 wallMs); // local "hh:mm:ss.zzz"

Q_SIGNALS:
    void endpointsAdded();  // endpoints() grew
    void recordsAppended(); // a batch reached the store (whether or not its rows pass the filter)
    void rescanFinished();  // the rows reflect the whole filter again

private:
    qsizetype rows() const { return qsizetype(m_rows.size()) - m_rowsHead; }
    void popRows(qsizetype count);
    // Rows whose records have a store index below newFirst go in one removal; dropStore()
    // takes the records out of the store between its begin and end.
    void removeRowsBefore(quint64 newFirst, const std::function<void()> &dropStore);
    void noteEndpoints(const QList<trace::TraceRecord> &records, qsizetype from);
    void refilter();
    bool rescanSlice(std::vector<quint64> *found);
    void continueRescan();
    void timeColumnChanged();
    QString headerToolTip(int section) const;

    EventStore m_store;
    // Store indexes of the rows, ascending; the live part starts at m_rowsHead.
    std::vector<quint64> m_rows;
    qsizetype m_rowsHead = 0;
    std::vector<quint64> m_scratch; // a batch's new rows, reused
    quint64 m_rescanNext = 0;       // next store index the rescan looks at
    QTimer m_rescanTimer;

    QSet<quint64> m_endpointFilter;
    EventMask m_eventMask = AllEvents;
    QString m_textFilter;
    bool m_hideAutomatic = false;

    QSet<quint64> m_highlighted;
    QList<quint64> m_highlightedOrder;

    QHash<quint64, netcore::EndpointKind> m_endpointKinds;
    QList<quint64> m_endpointOrder;

    TimeMode m_timeMode = TimeMode::Absolute;
    bool m_hasReference = false;
    quint64 m_referenceSeq = 0;
    qint64 m_referenceNs = 0;
    QFont m_callFont;
    QFont m_referenceFont;
};

} // namespace gui
