#include "tracerecorder.h"

#include "transcriptstore.h"

#include <QDateTime>

namespace trace {

namespace {

// Only rare records (addresses, errors, names) get details: data and write never do.
std::shared_ptr<const TraceDetails> makeDetails(const netcore::NetRecord &record)
{
    const bool hasError = record.error && record.error->isError();
    if (!hasError && !record.local && !record.remote && record.text.isEmpty())
        return {};
    auto details = std::make_shared<TraceDetails>();
    details->text = record.text;
    details->fd = record.fd;
    if (record.local)
        details->local = TraceAddress::from(*record.local);
    if (record.remote)
        details->remote = TraceAddress::from(*record.remote);
    if (hasError)
        details->error = TraceError::from(*record.error);
    return details;
}

} // namespace

TraceRecorder::TraceRecorder(const RecorderOptions &options)
    : m_ring(options.ringCapacity)
{
    if (options.captureTranscripts)
        m_transcripts = std::make_unique<TranscriptStore>(options.transcripts);
    m_sinks.reserve(4);
    m_clock.start();
    m_startWallMs = QDateTime::currentMSecsSinceEpoch();
}

TraceRecorder::~TraceRecorder()
{
    if (netcore::NetObserver::current() == this)
        netcore::NetObserver::install(nullptr);
}

void TraceRecorder::observe(const netcore::NetRecord &record)
{
    const qint64 monoNs = m_clock.nsecsElapsed();
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();
    std::shared_ptr<const TraceDetails> details = makeDetails(record);
    QMutexLocker lock(&m_mutex);
    TraceRecord &slot = m_ring.push();
    fill(slot, record, monoNs, wallMs);
    slot.details = std::move(details);
    if (m_transcripts)
        m_transcripts->record(slot, record.data);
    if (m_sinks.isEmpty())
        return;
    // Sinks may write to files: give them a copy and let readers in meanwhile.
    const TraceRecord copy = slot;
    lock.unlock();
    for (RecordSink *sink : std::as_const(m_sinks))
        sink->consume(copy);
}

void TraceRecorder::fill(TraceRecord &slot, const netcore::NetRecord &record, qint64 monoNs,
                         qint64 wallMs) const
{
    slot.monoNs = monoNs;
    slot.wallMs = wallMs;
    slot.endpointId = record.endpointId;
    slot.kind = record.kind;
    slot.event = record.event;
    slot.relatedId = record.relatedId;
    slot.internal = record.internal;
    slot.value = record.value;
    slot.extra = record.extra;
    slot.write = record.write;
    if (record.data)
        slot.setPreview(QByteArrayView(*record.data));
}

QList<TraceRecord> TraceRecorder::eventsSince(quint64 lastSeq, qsizetype max) const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.since(lastSeq, max);
}

std::optional<TraceRecord> TraceRecorder::record(quint64 seq) const
{
    QMutexLocker lock(&m_mutex);
    const TraceRecord *found = m_ring.find(seq);
    return found ? std::optional(*found) : std::nullopt;
}

quint64 TraceRecorder::lastSeq() const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.lastSeq();
}

quint64 TraceRecorder::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.droppedCount();
}

qsizetype TraceRecorder::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_ring.size();
}

qsizetype TraceRecorder::capacity() const
{
    return m_ring.capacity(); // fixed at construction
}

void TraceRecorder::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
}

QList<quint64> TraceRecorder::transcriptIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_transcripts ? m_transcripts->endpointIds() : QList<quint64>();
}

std::optional<TranscriptStats> TraceRecorder::transcriptStats(quint64 endpointId) const
{
    QMutexLocker lock(&m_mutex);
    const ConnectionTranscript *found = m_transcripts ? m_transcripts->find(endpointId) : nullptr;
    return found ? std::optional(found->stats()) : std::nullopt;
}

QList<TranscriptEntry> TraceRecorder::transcriptEntries(quint64 endpointId, qsizetype from,
                                                        qsizetype max) const
{
    QMutexLocker lock(&m_mutex);
    const ConnectionTranscript *found = m_transcripts ? m_transcripts->find(endpointId) : nullptr;
    return found ? found->entries(from, max) : QList<TranscriptEntry>();
}

QByteArray TraceRecorder::transcriptBytes(quint64 endpointId, Direction direction, qint64 offset,
                                          qint64 length) const
{
    QMutexLocker lock(&m_mutex);
    const ConnectionTranscript *found = m_transcripts ? m_transcripts->find(endpointId) : nullptr;
    return found ? found->bytes(direction, offset, length) : QByteArray();
}

std::optional<Transcript> TraceRecorder::transcript(quint64 endpointId) const
{
    QMutexLocker lock(&m_mutex);
    const ConnectionTranscript *found = m_transcripts ? m_transcripts->find(endpointId) : nullptr;
    return found ? std::optional(found->snapshot()) : std::nullopt;
}

qint64 TraceRecorder::evictedTranscripts() const
{
    QMutexLocker lock(&m_mutex);
    return m_transcripts ? m_transcripts->evictedCount() : 0;
}

void TraceRecorder::addSink(RecordSink *sink)
{
    QMutexLocker lock(&m_mutex);
    if (sink && !m_sinks.contains(sink))
        m_sinks.append(sink);
}

void TraceRecorder::removeSink(RecordSink *sink)
{
    QMutexLocker lock(&m_mutex);
    m_sinks.removeAll(sink);
}

} // namespace trace
