#include "eventstore.h"

#include <algorithm>

namespace gui {

EventStore::EventStore(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

qsizetype EventStore::slot(qsizetype position) const
{
    const qsizetype s = m_head + position;
    const qsizetype slots = qsizetype(m_ring.size());
    return s < slots ? s : s - slots;
}

const trace::TraceRecord &EventStore::at(qsizetype position) const
{
    Q_ASSERT(position >= 0 && position < m_size);
    return m_ring[size_t(slot(position))];
}

qsizetype EventStore::setCapacity(qsizetype capacity)
{
    capacity = qMax<qsizetype>(1, capacity);
    const qsizetype dropped = qMax<qsizetype>(0, m_size - capacity);
    // Linearise so that the records start at slot 0 again.
    std::vector<trace::TraceRecord> kept;
    kept.reserve(size_t(m_size - dropped));
    for (qsizetype i = dropped; i < m_size; ++i)
        kept.push_back(std::move(m_ring[size_t(slot(i))]));
    m_ring = std::move(kept);
    m_head = 0;
    m_size = qsizetype(m_ring.size());
    m_capacity = capacity;
    m_firstIndex += quint64(dropped);
    m_dropped += quint64(dropped);
    return dropped;
}

qsizetype EventStore::overflowFor(qsizetype count) const
{
    return qBound<qsizetype>(0, m_size + count - m_capacity, m_size);
}

void EventStore::dropFront(qsizetype count)
{
    count = qBound<qsizetype>(0, count, m_size);
    // Release what the records hold (details), keep the slots for reuse.
    for (qsizetype i = 0; i < count; ++i)
        m_ring[size_t(slot(i))].details.reset();
    m_head = m_size == count ? 0 : slot(count);
    m_size -= count;
    m_firstIndex += quint64(count);
    m_dropped += quint64(count);
}

void EventStore::push(const trace::TraceRecord &record)
{
    const qsizetype slots = qsizetype(m_ring.size());
    if (m_size < slots) {
        m_ring[size_t(slot(m_size))] = record;
    } else if (slots < m_capacity) {
        if (m_head != 0) {
            // Front drops left the records wrapped before the ring reached its full size.
            std::rotate(m_ring.begin(), m_ring.begin() + m_head, m_ring.end());
            m_head = 0;
        }
        // Room for the whole capacity at once: the address space only, pages are touched as
        // records arrive. Growing by doubling moved every record held (a hundred thousand in
        // one batch, on the GUI thread) each time.
        if (m_ring.capacity() < size_t(m_capacity))
            m_ring.reserve(size_t(m_capacity));
        m_ring.push_back(record);
    } else {
        // Full: overwrite the oldest.
        m_ring[size_t(m_head)] = record;
        m_head = m_head + 1 == slots ? 0 : m_head + 1;
        ++m_firstIndex;
        ++m_dropped;
        return;
    }
    ++m_size;
}

quint64 EventStore::append(const QList<trace::TraceRecord> &records, qsizetype from)
{
    from = qBound<qsizetype>(0, from, records.size());
    // What cannot fit even in an empty store is dropped unseen.
    const qsizetype skip = qMax<qsizetype>(0, records.size() - from - m_capacity);
    if (skip > 0) {
        dropFront(m_size);
        m_firstIndex += quint64(skip);
        m_dropped += quint64(skip);
        from += skip;
    }
    const quint64 first = endIndex();
    for (qsizetype i = from; i < records.size(); ++i)
        push(records.at(i));
    return first;
}

void EventStore::clear()
{
    m_firstIndex = endIndex();
    m_ring = {};
    m_head = 0;
    m_size = 0;
    m_dropped = 0;
    m_lost = 0;
}

} // namespace gui
