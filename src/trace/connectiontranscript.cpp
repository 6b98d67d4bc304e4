#include "connectiontranscript.h"

#include <cstring>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace trace {

using Kind = TranscriptEntry::Kind;

ConnectionTranscript::ConnectionTranscript(quint64 endpointId, const TranscriptLimits &limits)
    : m_limits(limits)
{
    m_stats.endpointId = endpointId;
}

void ConnectionTranscript::record(const TraceRecord &record, const QByteArray *data)
{
    switch (record.event) {
    case NetEvent::Data: return addData(record.seq, Direction::In, record.value, data);
    case NetEvent::WriteCall:
        if (m_writable)
            return addData(record.seq, Direction::Out, record.value, data);
        m_stats.refusedBytes += qMax<qint64>(0, record.value);
        addEntry({record.seq, 0, record.value, 0, Kind::RefusedWrite, Direction::Out});
        return;
    case NetEvent::ConnectCall: return onConnectCall(record);
    case NetEvent::Connect: return addMarker(record.seq, Kind::Connected, Direction::Out);
    case NetEvent::End: return addMarker(record.seq, Kind::FinReceived, Direction::In);
    case NetEvent::EndCall:
        if (m_writable && !m_destroyed)
            addMarker(record.seq, Kind::EndCalled, Direction::Out);
        m_writable = false;
        return;
    case NetEvent::ResetCall:
        if (!m_destroyed)
            addMarker(record.seq, Kind::Reset, Direction::Out);
        [[fallthrough]];
    case NetEvent::DestroyCall:
        m_writable = false;
        m_destroyed = true;
        return;
    case NetEvent::Error: {
        const TraceError *error = record.error();
        const QString note = error ? error->code + ": "_L1 + error->message : QString();
        return addMarker(record.seq, Kind::Error, Direction::In, note);
    }
    case NetEvent::Close: return onClose(record);
    default: return;
    }
}

void ConnectionTranscript::recordAccepted(quint64 seq)
{
    addMarker(seq, Kind::Connected, Direction::In);
}

// A destroyed socket may connect again (as in Node): it becomes writable once more.
void ConnectionTranscript::onConnectCall(const TraceRecord &record)
{
    if (record.error() || !m_destroyed)
        return;
    m_destroyed = false;
    m_writable = true;
    m_stats.closed = false;
}

void ConnectionTranscript::onClose(const TraceRecord &record)
{
    addMarker(record.seq, Kind::Closed, Direction::In,
              record.value == 1 ? u"hadError"_s : QString());
    // A 'close' that arrives after a new connect() belongs to the old connection.
    if (m_destroyed)
        m_stats.closed = true;
}

void ConnectionTranscript::addData(quint64 seq, Direction direction, qint64 length,
                                   const QByteArray *data)
{
    length = qMax<qint64>(0, length);
    const int d = int(direction);
    TranscriptEntry entry {seq, m_stats.totalBytes[d], length, 0, Kind::Data, direction};
    m_stats.totalBytes[d] += length;
    // Captured bytes stay a prefix of the stream: once anything is skipped, nothing more is kept.
    const bool prefixIntact = m_stats.capturedBytes[d] == entry.offset;
    if (data && prefixIntact && qsizetype(m_entries.size()) < m_limits.maxEntries) {
        const qint64 room = qMax<qint64>(0, m_limits.capPerDirection - m_stats.capturedBytes[d]);
        entry.captured = qMin(qMin(length, room), qint64(data->size()));
    }
    if (!addEntry(entry))
        return;
    capture(direction, data ? data->constData() : nullptr, entry.captured);
}

void ConnectionTranscript::capture(Direction direction, const char *bytes, qint64 length)
{
    if (length <= 0)
        return;
    QByteArray &buffer = m_bytes[int(direction)];
    const qint64 needed = buffer.size() + length;
    if (needed > buffer.capacity()) {
        // Double, but never past the cap: the cap is also the memory bound.
        const qint64 grown = qMax(needed, qMax<qint64>(4096, 2 * buffer.capacity()));
        buffer.reserve(qMin(grown, qMax(needed, m_limits.capPerDirection)));
    }
    buffer.append(bytes, length);
    m_stats.capturedBytes[int(direction)] += length;
}

void ConnectionTranscript::addMarker(quint64 seq, Kind kind, Direction direction,
                                     const QString &note)
{
    if (addEntry({seq, 0, 0, 0, kind, direction}) && !note.isEmpty())
        m_notes.insert(seq, note);
}

bool ConnectionTranscript::addEntry(const TranscriptEntry &entry)
{
    if (qsizetype(m_entries.size()) >= m_limits.maxEntries) {
        ++m_stats.droppedEntries;
        return false;
    }
    m_entries.push_back(entry);
    m_stats.entryCount = qsizetype(m_entries.size());
    return true;
}

QList<TranscriptEntry> ConnectionTranscript::entries(qsizetype from, qsizetype max) const
{
    const qsizetype size = qsizetype(m_entries.size());
    from = qBound<qsizetype>(0, from, size);
    const qsizetype end = max < 0 ? size : qMin(size, from + max);
    return QList<TranscriptEntry>(m_entries.begin() + from, m_entries.begin() + end);
}

QByteArray ConnectionTranscript::bytes(Direction direction, qint64 offset, qint64 length) const
{
    const QByteArray &buffer = m_bytes[int(direction)];
    if (offset < 0 || offset >= buffer.size() || length <= 0)
        return {};
    return buffer.mid(offset, qMin(length, buffer.size() - offset));
}

Transcript ConnectionTranscript::snapshot() const
{
    Transcript copy;
    copy.stats = m_stats;
    copy.entries = entries(0, -1);
    // Shared, not copied: the recording thread's next append finds the buffer shared and
    // detaches (copies) it there, so the reader (the GUI thread) never pays for a 16 MiB copy
    // and never sees bytes change under it (QByteArray's reference count is atomic).
    copy.bytes[0] = m_bytes[0];
    copy.bytes[1] = m_bytes[1];
    copy.notes = m_notes;
    return copy;
}

} // namespace trace
