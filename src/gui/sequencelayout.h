#pragma once

#include "connectionpeers.h"
#include "trace/tracerecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace gui {

// One vertical line of the sequence diagram: an endpoint, or the unseen far end of one.
struct SequenceLane
{
    enum class Role : quint8 { Server, Client, Accepted, Outside };
    Role role = Role::Client;
    quint64 endpointId = 0; // Outside: the endpoint whose far end this is
};

// One row of the diagram. Arrows go from fromLane at fromRow (the cause: a write(), end(),
// resetAndDestroy() or connect()) to lane at their own row (the event the peer saw).
struct SequenceItem
{
    enum class Kind : quint8 {
        Call,    // a mark: a call on the lane's endpoint
        Event,   // a mark: an event the endpoint emitted
        Data,    // arrow: one 'data' chunk
        Fin,     // arrow: the peer's end() arrived as 'end'
        Rst,     // arrow: the peer's reset arrived as ECONNRESET
        Accept,  // arrow: a client's connect() arrived at the server as 'connection'
        Connect, // arrow: the server accepted, the client got 'connect'
        Gap,     // an idle stretch compressed to one row, or records the feed lost
    };
    Kind kind = Kind::Event;
    bool internal = false;
    int lane = -1;
    int fromLane = -1;     // -1 for marks and gaps
    qint64 fromRow = -1;   // arrows: the cause's row, or the own row when it is not shown
    qsizetype record = -1; // index in SequenceLayout::records(); -1 for gaps
    qint64 gapNs = 0;      // gaps: how long nothing happened
    quint64 lost = 0;      // gaps: records lost here (then gapNs is 0)
    // Data: how many of the peer's writes the chunk's bytes came from, and whether it began
    // or ended inside one (a write split over several chunks).
    int writeCount = 0;
    bool partOfWrite = false;

    bool isArrow() const { return fromLane >= 0; }
};

// The sequence diagram as data: lanes and one item per shown record, computed from the trace
// alone. Appending is incremental (O(batch)); a filter change rebuilds from the kept records.
class SequenceLayout final
{
    Q_DECLARE_TR_FUNCTIONS(gui::SequenceLayout)
public:
    struct Options
    {
        bool hideData = false;                 // data chunks and write() calls
        bool hideInternal = false;             // calls netcore made itself
        qint64 gapThresholdNs = 1'000'000'000; // a longer idle stretch becomes one gap row
        friend bool operator==(const Options &, const Options &) = default;
    };
    // More records than this and the oldest half is forgotten, but for the records that pair
    // the kept connections' ends (the live window runs for days);
    // as many as the event stream holds by default (EventStore::DefaultCapacity).
    static constexpr qsizetype DefaultMaxRecords = 200'000;

    void setOptions(const Options &options); // rebuilds when they change
    const Options &options() const { return m_options; }
    void setMaxRecords(qsizetype max) { m_maxRecords = max; }
    // Grows each time the rows are laid out anew (a filter change, the cap): row numbers held
    // from before mean nothing then.
    quint64 rebuildCount() const { return m_rebuilds; }

    // lost: records the feed could not deliver before these (EventFeed::recordsArrived).
    void append(const QList<trace::TraceRecord> &records, quint64 lost = 0);
    void clear();

    const std::vector<trace::TraceRecord> &records() const { return m_records; }
    const QList<SequenceLane> &lanes() const { return m_lanes; }
    // Lanes left to right: each server, then each accepted socket followed by its client (or
    // by the outside lane of its unseen client); clients of servers not in the trace last.
    const QList<int> &laneOrder() const;
    int column(int lane) const;
    QString laneTitle(int lane) const;    // "server #1", "client #2", "outside"
    QString laneSubtitle(int lane) const; // its address

    qsizetype itemCount() const { return qsizetype(m_items.size()); }
    const SequenceItem &item(qsizetype row) const { return m_items[size_t(row)]; }
    // The row showing the record, or -1 when it is filtered out or unknown.
    qsizetype rowForSeq(quint64 seq) const;
    quint64 seqOfRow(qsizetype row) const; // 0 for a gap
    // The record a row shows, by its seq; nullptr when no row shows it.
    const trace::TraceRecord *recordForSeq(quint64 seq) const;
    qint64 timeNs(qsizetype row) const; // the record's time; a gap's end
    // The longest arrow, in rows: a view paints this far below its last visible row.
    qint64 maxArrowSpan() const { return m_maxArrowSpan; }

    QString label(const SequenceItem &item) const;
    static QString durationText(qint64 ns); // "2.3 s", "450 ms"

private:
    struct Endpoint
    {
        int lane = -1;
        int outsideLane = -1;
        quint64 peer = 0;   // the other end, when it is in the trace
        quint64 server = 0; // accepted sockets: their server
        bool connected = false;
        std::optional<trace::TraceAddress> local, remote;
        qint64 connectCallRow = -1, connectionRow = -1, endCallRow = -1, resetRow = -1;
        qint64 connectCallPort = -1; // connect(): the port or, for Unix, connectCallPath
        QString connectCallPath;
        // Records were lost while it lived: its byte counts no longer line up with its peer's.
        bool offsetsUnknown = false;
        qint64 received = 0;
        // write() calls: cumulative end offset and the row that shows them (-1: hidden).
        std::vector<std::pair<qint64, qint64>> writes;
        qint64 written = 0;
        QList<quint64> accepted; // servers: their accepted sockets, in order
    };

    void rebuild();
    static std::vector<trace::TraceRecord> anchorsOf(const std::vector<trace::TraceRecord> &kept,
                                                     std::span<const trace::TraceRecord> droppedOld,
                                                     const QList<trace::TraceRecord> &droppedBatch);
    void markLost(quint64 count, qint64 tNs);
    // Never a copy: an endpoint holds all its writes' offsets.
    const Endpoint &endpointAt(quint64 id) const;
    void place(qsizetype recordIndex);
    Endpoint &endpoint(const trace::TraceRecord &record);
    Endpoint &ensureEndpoint(quint64 id, SequenceLane::Role role);
    int outsideLaneOf(quint64 id);
    void pairIfMatched(const trace::TraceRecord &record, quint64 socketId);
    void pair(quint64 a, quint64 b);
    quint64 pendingClientFor(const Endpoint &server, const trace::TraceRecord &connection) const;
    qint64 addItem(SequenceItem item, qint64 tNs);
    void dataArrow(SequenceItem &item, quint64 readerId, qint64 bytes);

    Options m_options;
    qsizetype m_maxRecords = DefaultMaxRecords;
    std::vector<trace::TraceRecord> m_records;
    std::vector<SequenceItem> m_items;
    std::vector<qint64> m_itemTimes;
    // Where records were lost: before the record at this index, how many.
    std::vector<std::pair<qsizetype, quint64>> m_losses;
    QList<SequenceLane> m_lanes;
    QHash<quint64, Endpoint> m_endpoints;
    ConnectionPeers m_peerMatcher;
    qint64 m_maxArrowSpan = 0;
    quint64 m_rebuilds = 0;
    mutable QList<int> m_order;
    mutable QList<int> m_columns;
    mutable bool m_orderDirty = true;
};

} // namespace gui
