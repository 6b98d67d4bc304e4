#pragma once

#include "recordring.h"
#include "recordsink.h"
#include "transcript.h"

#include <QElapsedTimer>
#include <QMutex>

#include <memory>
#include <optional>

namespace trace {

class TranscriptStore;

struct RecorderOptions
{
    qsizetype ringCapacity = 100000; // records kept; the oldest are dropped and counted
    bool captureTranscripts = true;
    TranscriptLimits transcripts;
};

// Turns every netcore NetRecord of the thread it is installed on into a TraceRecord: into a
// bounded ring (read incrementally with eventsSince(), from any thread) and, for sockets, into
// per-connection transcripts. Storing a data or write record allocates nothing; transcripts
// grow geometrically. Records of several threads may arrive; sinks run on the recording one.
class TraceRecorder final : public netcore::NetObserver
{
public:
    explicit TraceRecorder(const RecorderOptions &options = {});
    ~TraceRecorder();
    Q_DISABLE_COPY_MOVE(TraceRecorder)

    void observe(const netcore::NetRecord &record) override;

    // ---- the ring
    // Records with seq > lastSeq, oldest first, at most max (all when max < 0). Poll with the
    // last seq you saw; a first seq above lastSeq + 1 means records were dropped in between.
    QList<TraceRecord> eventsSince(quint64 lastSeq, qsizetype max = -1) const;
    std::optional<TraceRecord> record(quint64 seq) const;
    quint64 lastSeq() const;
    quint64 droppedCount() const;
    qsizetype size() const;
    qsizetype capacity() const;
    void clear(); // the ring only; seqs keep increasing

    // ---- transcripts (socket endpoints only)
    bool capturesTranscripts() const { return m_transcripts != nullptr; }
    QList<quint64> transcriptIds() const;
    std::optional<TranscriptStats> transcriptStats(quint64 endpointId) const;
    QList<TranscriptEntry> transcriptEntries(quint64 endpointId, qsizetype from = 0,
                                             qsizetype max = -1) const;
    QByteArray transcriptBytes(quint64 endpointId, Direction direction, qint64 offset,
                               qint64 length) const;
    std::optional<Transcript> transcript(quint64 endpointId) const;
    qint64 evictedTranscripts() const;

    // ---- live consumers; add and remove them on the recording thread
    void addSink(RecordSink *sink);
    void removeSink(RecordSink *sink);

    // Record times: monoNs counts from this recorder's start, at this wall-clock time.
    qint64 startWallMs() const { return m_startWallMs; }

private:
    void fill(TraceRecord &slot, const netcore::NetRecord &record, qint64 monoNs,
              qint64 wallMs) const;

    mutable QMutex m_mutex;
    RecordRing m_ring;
    std::unique_ptr<TranscriptStore> m_transcripts;
    QElapsedTimer m_clock;
    qint64 m_startWallMs = 0;
    QList<RecordSink *> m_sinks;
};

} // namespace trace
