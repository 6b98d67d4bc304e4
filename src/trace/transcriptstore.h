#pragma once

#include "connectiontranscript.h"

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace trace {

// Every socket endpoint's transcript, by endpoint id. Closed connections are kept up to
// TranscriptLimits::maxClosedTranscripts, the oldest evicted first. Not thread-safe:
// TraceRecorder locks.
class TranscriptStore final
{
public:
    explicit TranscriptStore(const TranscriptLimits &limits);
    ~TranscriptStore();

    void record(const TraceRecord &record, const QByteArray *data);

    QList<quint64> endpointIds() const; // ascending
    const ConnectionTranscript *find(quint64 endpointId) const;
    qint64 evictedCount() const { return m_evicted; }
    const TranscriptLimits &limits() const { return m_limits; }

private:
    ConnectionTranscript *findOrCreate(quint64 endpointId);
    void evictClosed();

    TranscriptLimits m_limits;
    std::unordered_map<quint64, std::unique_ptr<ConnectionTranscript>> m_transcripts;
    std::deque<quint64> m_closedOrder;
    // The connection a busy transfer keeps hitting, without a hash lookup per chunk.
    quint64 m_lastId = 0;
    ConnectionTranscript *m_last = nullptr;
    qint64 m_evicted = 0;
};

} // namespace trace
