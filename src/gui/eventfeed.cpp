#include "eventfeed.h"

#include "trace/tracerecorder.h"

#include <algorithm>
#include <ctime>

namespace gui {

namespace {

// The calling thread's CPU time: what handling a slice cost, without the time the thread
// waited for a CPU on a busy machine (which says nothing about the slice).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

} // namespace

EventFeed::EventFeed(const trace::TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &EventFeed::pullNow);
}

void EventFeed::setMaxBatch(qsizetype records)
{
    m_maxBatch = std::max<qsizetype>(1, records);
}

qsizetype EventFeed::sliceSize() const
{
    const qsizetype smallest = std::min(MinSlice, m_maxBatch);
    const double fits = SliceBudgetMs / m_msPerRecord;
    return fits >= double(m_maxBatch) ? m_maxBatch : std::max(smallest, qsizetype(fits));
}

void EventFeed::learnCost(qsizetype records, double cpuMs)
{
    // Small slices say little (the receivers' cost per slice dominates): learn from the larger.
    if (records < std::min(MinSlice, m_maxBatch))
        return;
    const double perRecord = std::max(cpuMs, 0.001) / double(records);
    // A moving average: one slow slice (a first paint, a cache filling) shrinks the next
    // slices by a part only.
    m_msPerRecord = 0.7 * m_msPerRecord + 0.3 * perRecord;
}

void EventFeed::pullNow()
{
    const qsizetype slice = sliceSize();
    QList<trace::TraceRecord> records = m_recorder->eventsSince(m_lastSeq, slice);
    if (records.isEmpty())
        return;
    const quint64 first = records.constFirst().seq;
    const quint64 lost = first > m_lastSeq + 1 ? first - m_lastSeq - 1 : 0;
    m_lastSeq = records.constLast().seq;
    const double started = threadCpuMs();
    Q_EMIT recordsArrived(records, lost);
    learnCost(records.size(), threadCpuMs() - started);
    // A full slice means more are waiting: take the next slice soon, but after the loop has
    // had a turn (painting, input), so one burst never holds the GUI thread for long.
    if (records.size() >= slice && m_timer.isActive() && !m_catchUpQueued) {
        m_catchUpQueued = true;
        QTimer::singleShot(CatchUpDelayMs, this, [this] {
            m_catchUpQueued = false;
            pullNow();
        });
    }
}

void EventFeed::catchUp()
{
    // Up to the records there are now: the engine thread may record more meanwhile.
    const quint64 target = m_recorder->lastSeq();
    while (m_lastSeq < target) {
        const quint64 before = m_lastSeq;
        pullNow();
        if (m_lastSeq == before) // the ring holds nothing newer (cleared)
            break;
    }
}

} // namespace gui
