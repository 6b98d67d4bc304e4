#include "eventfeed.h"

#include "trace/tracerecorder.h"

namespace gui {

EventFeed::EventFeed(const trace::TraceRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &EventFeed::pullNow);
}

void EventFeed::pullNow()
{
    QList<trace::TraceRecord> records = m_recorder->eventsSince(m_lastSeq, m_maxBatch);
    if (records.isEmpty())
        return;
    const quint64 first = records.constFirst().seq;
    const quint64 lost = first > m_lastSeq + 1 ? first - m_lastSeq - 1 : 0;
    m_lastSeq = records.constLast().seq;
    Q_EMIT recordsArrived(records, lost);
    // A full batch means more are waiting: take the next slice soon, but after the loop has
    // had a turn (painting, input), so one burst never holds the GUI thread for long.
    if (records.size() >= m_maxBatch && m_timer.isActive() && !m_catchUpQueued) {
        m_catchUpQueued = true;
        QTimer::singleShot(CatchUpDelayMs, this, [this] {
            m_catchUpQueued = false;
            pullNow();
        });
    }
}

} // namespace gui
