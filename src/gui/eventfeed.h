#pragma once

#include "trace/tracerecord.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace trace {
class TraceRecorder;
}

namespace gui {

// Pulls new records from the recorder on the GUI thread at most ~30 times a second and hands
// them on in one batch (ARCHITECTURE.md: the GUI pulls, it is not pushed one signal per event).
class EventFeed final : public QObject
{
    Q_OBJECT
public:
    explicit EventFeed(const trace::TraceRecorder *recorder, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setMaxBatch(qsizetype records) { m_maxBatch = records; }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    void pullNow();
    quint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    // records: oldest first. lost: records the ring dropped before we could read them.
    void recordsArrived(const QList<trace::TraceRecord> &records, quint64 lost);

private:
    const trace::TraceRecorder *m_recorder;
    QTimer m_timer;
    quint64 m_lastSeq = 0;
    // At most this many records per pull: one pull costs the GUI thread a few ms per thousand
    // records, and a stall of more than ~30 ms shows. Backlogs are taken in slices.
    qsizetype m_maxBatch = 8000;
    static constexpr int CatchUpDelayMs = 4;
    bool m_catchUpQueued = false;
};

} // namespace gui
