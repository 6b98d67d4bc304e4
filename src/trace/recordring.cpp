#include "recordring.h"

namespace trace {

RecordRing::RecordRing(qsizetype capacity)
    : m_slots(size_t(qMax<qsizetype>(1, capacity)))
{ }

TraceRecord &RecordRing::push()
{
    if (m_size == capacity())
        ++m_dropped;
    else
        ++m_size;
    TraceRecord &record = slot(m_nextSeq);
    // Reset field by field: assigning a fresh TraceRecord would also zero the preview bytes.
    record.seq = m_nextSeq++;
    record.relatedId = 0;
    record.internal = false;
    record.value = -1;
    record.extra = -1;
    record.previewSize = 0;
    record.details.reset();
    return record;
}

QList<TraceRecord> RecordRing::since(quint64 lastSeq, qsizetype max) const
{
    if (m_size == 0 || lastSeq >= this->lastSeq() || max == 0)
        return {};
    const quint64 first = qMax(lastSeq + 1, firstSeq());
    quint64 count = this->lastSeq() - first + 1;
    if (max > 0)
        count = qMin(count, quint64(max));
    QList<TraceRecord> records;
    records.reserve(qsizetype(count));
    for (quint64 seq = first; seq < first + count; ++seq)
        records.append(slot(seq));
    return records;
}

const TraceRecord *RecordRing::find(quint64 seq) const
{
    if (m_size == 0 || seq < firstSeq() || seq > lastSeq())
        return nullptr;
    return &slot(seq);
}

void RecordRing::clear()
{
    for (TraceRecord &record : m_slots)
        record.details.reset();
    m_size = 0;
}

} // namespace trace
