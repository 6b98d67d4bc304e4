#pragma once

#include "trace/tracerecord.h"

#include <QList>

#include <vector>

namespace gui {

// The GUI's bounded copy of the event stream: a ring of records. Every record appended gets an
// index that only grows (index(), firstIndex()..endIndex()), so views keep indexes that stay
// valid while the oldest records fall off the front. Appending a batch costs O(batch).
class EventStore final
{
public:
    static constexpr qsizetype DefaultCapacity = 200000;

    explicit EventStore(qsizetype capacity = DefaultCapacity);

    qsizetype capacity() const { return m_capacity; }
    // Keeps the newest records that fit; returns how many were dropped. O(size).
    qsizetype setCapacity(qsizetype capacity);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    quint64 firstIndex() const { return m_firstIndex; }
    quint64 endIndex() const { return m_firstIndex + quint64(size()); }
    bool contains(quint64 index) const { return index >= m_firstIndex && index < endIndex(); }

    // position 0 is the oldest record held.
    const trace::TraceRecord &at(qsizetype position) const;
    const trace::TraceRecord &atIndex(quint64 index) const
    {
        return at(qsizetype(index - m_firstIndex));
    }

    // How many of the oldest records appending count more would push out.
    qsizetype overflowFor(qsizetype count) const;
    // Drops the count oldest records (counted in droppedCount()).
    void dropFront(qsizetype count);
    // Appends records[from..]; the caller has made room with dropFront() (or the store drops
    // what does not fit itself). Returns the index of the first record appended.
    quint64 append(const QList<trace::TraceRecord> &records, qsizetype from = 0);

    void clear(); // indexes keep growing, so stale indexes never match new records
    // Records that fell off the front because the store was full.
    quint64 droppedCount() const { return m_dropped; }
    // Records the feed reported as lost before they reached us.
    quint64 lostCount() const { return m_lost; }
    void addLost(quint64 lost) { m_lost += lost; }

private:
    qsizetype slot(qsizetype position) const;
    void push(const trace::TraceRecord &record);

    // Grows on demand up to m_capacity slots; the records are m_size slots from m_head on,
    // wrapping at the end.
    std::vector<trace::TraceRecord> m_ring;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity;
    quint64 m_firstIndex = 0;
    quint64 m_dropped = 0;
    quint64 m_lost = 0;
};

} // namespace gui
