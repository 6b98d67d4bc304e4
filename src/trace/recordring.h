#pragma once

#include "tracerecord.h"

#include <QList>

#include <vector>

namespace trace {

// A bounded store of records with increasing sequence numbers (1, 2, 3, ...). Every slot is
// allocated up front; when full, the oldest record is overwritten and counted as dropped.
// Readers pull incrementally with since(lastSeq). Not thread-safe: TraceRecorder locks.
class RecordRing final
{
public:
    explicit RecordRing(qsizetype capacity);

    // Claims the slot for the next record, reset to defaults with its seq set.
    TraceRecord &push();

    // Records with seq > lastSeq, oldest first, at most max (all when max < 0). When lastSeq
    // is older than what is kept, starts at the oldest kept: the gap shows in the first seq.
    QList<TraceRecord> since(quint64 lastSeq, qsizetype max = -1) const;
    // The record with this seq, or nullptr when it was dropped or is not yet written.
    const TraceRecord *find(quint64 seq) const;

    // Forgets every record; seqs keep increasing, so readers' lastSeq stays valid.
    void clear();

    qsizetype capacity() const { return qsizetype(m_slots.size()); }
    qsizetype size() const { return m_size; }
    quint64 firstSeq() const { return m_size ? m_nextSeq - quint64(m_size) : 0; } // 0: none
    quint64 lastSeq() const { return m_nextSeq - 1; } // 0 before the first record
    quint64 droppedCount() const { return m_dropped; }

private:
    TraceRecord &slot(quint64 seq) { return m_slots[size_t((seq - 1) % m_slots.size())]; }
    const TraceRecord &slot(quint64 seq) const
    {
        return m_slots[size_t((seq - 1) % m_slots.size())];
    }

    std::vector<TraceRecord> m_slots;
    qsizetype m_size = 0;
    quint64 m_nextSeq = 1;
    quint64 m_dropped = 0;
};

} // namespace trace
