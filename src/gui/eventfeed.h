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
// A backlog (thousands of connections opening or closing at once) is handed on in slices, in
// order, with a turn of the event loop (painting, input) between two slices.
class EventFeed final : public QObject
{
    Q_OBJECT
public:
    explicit EventFeed(const trace::TraceRecorder *recorder, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    // The most records one slice holds, whatever they cost.
    void setMaxBatch(qsizetype records);
    // How many records the next pull may take: as many as the receivers handled in about
    // SliceBudgetMs of the GUI thread's time, going by the slices before (at most the max batch).
    qsizetype sliceSize() const;
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    void pullNow();
    // Hands on, slice after slice before it returns, every record the recorder holds now: what
    // a user exports is what was recorded up to the click, not up to the last pull.
    void catchUp();
    quint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    // records: oldest first. lost: records the ring dropped before we could read them.
    void recordsArrived(const QList<trace::TraceRecord> &records, quint64 lost);

private:
    void learnCost(qsizetype records, double cpuMs);

    const trace::TraceRecorder *m_recorder;
    QTimer m_timer;
    quint64 m_lastSeq = 0;
    // The GUI thread's time a slice may take: the window paints between slices, and a stall of
    // more than ~50 ms shows.
    static constexpr double SliceBudgetMs = 12.0;
    // A slice never gets smaller than this (or the max batch): a few hundred records cost the
    // receivers a few ms, and smaller slices would leave a burst waiting in the recorder's ring.
    static constexpr qsizetype MinSlice = 500;
    qsizetype m_maxBatch = 8000;
    // The receivers' cost per record, learnt from the slices before; until then a guess that
    // makes the first slice 2,000 records (about what the window handles in that time).
    double m_msPerRecord = SliceBudgetMs / 2000;
    static constexpr int CatchUpDelayMs = 4;
    bool m_catchUpQueued = false;
};

} // namespace gui
