#include "transcriptstore.h"

#include <algorithm>

using netcore::EndpointKind;
using netcore::NetEvent;

namespace trace {

TranscriptStore::TranscriptStore(const TranscriptLimits &limits)
    : m_limits(limits)
{ }

TranscriptStore::~TranscriptStore() = default;

void TranscriptStore::record(const TraceRecord &record, const QByteArray *data)
{
    if (record.kind == EndpointKind::Server) {
        if (record.event == NetEvent::Connection && record.relatedId != 0)
            findOrCreate(record.relatedId)->recordAccepted(record.seq);
        return;
    }
    ConnectionTranscript *transcript = findOrCreate(record.endpointId);
    const bool wasClosed = transcript->isClosed();
    transcript->record(record, data);
    if (!wasClosed && transcript->isClosed()) {
        m_closedOrder.push_back(record.endpointId);
        evictClosed();
    }
}

ConnectionTranscript *TranscriptStore::findOrCreate(quint64 endpointId)
{
    if (m_last && m_lastId == endpointId)
        return m_last;
    auto it = m_transcripts.find(endpointId);
    if (it == m_transcripts.end())
        it = m_transcripts
                     .emplace(endpointId,
                              std::make_unique<ConnectionTranscript>(endpointId, m_limits))
                     .first;
    m_lastId = endpointId;
    m_last = it->second.get();
    return m_last;
}

void TranscriptStore::evictClosed()
{
    while (qsizetype(m_closedOrder.size()) > qMax<qsizetype>(0, m_limits.maxClosedTranscripts)) {
        const quint64 id = m_closedOrder.front();
        m_closedOrder.pop_front();
        const auto it = m_transcripts.find(id);
        // A socket that connected again since it closed is live: keep it.
        if (it == m_transcripts.end() || !it->second->isClosed())
            continue;
        if (m_last == it->second.get())
            m_last = nullptr;
        m_transcripts.erase(it);
        ++m_evicted;
    }
}

QList<quint64> TranscriptStore::endpointIds() const
{
    QList<quint64> ids;
    ids.reserve(qsizetype(m_transcripts.size()));
    for (const auto &entry : m_transcripts)
        ids.append(entry.first);
    std::sort(ids.begin(), ids.end());
    return ids;
}

const ConnectionTranscript *TranscriptStore::find(quint64 endpointId) const
{
    const auto it = m_transcripts.find(endpointId);
    return it == m_transcripts.end() ? nullptr : it->second.get();
}

} // namespace trace
