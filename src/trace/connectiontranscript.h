#pragma once

#include "tracerecord.h"
#include "transcript.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace trace {

// The live transcript of one socket endpoint: bytes in both directions, in order, with
// markers for FIN, reset, error and close. Bytes past the cap are counted, not kept.
// Memory grows geometrically, never once per chunk.
class ConnectionTranscript final
{
public:
    ConnectionTranscript(quint64 endpointId, const TranscriptLimits &limits);

    // data is the full payload of a 'data' or write() record (nullptr: count only).
    void record(const TraceRecord &record, const QByteArray *data);
    // Called for a server's 'connection' that accepted this socket.
    void recordAccepted(quint64 seq);

    bool isClosed() const { return m_stats.closed; }
    const TranscriptStats &stats() const { return m_stats; }
    QList<TranscriptEntry> entries(qsizetype from, qsizetype max) const;
    // Captured bytes of one direction in [offset, offset + length), clipped to what was kept.
    QByteArray bytes(Direction direction, qint64 offset, qint64 length) const;
    Transcript snapshot() const;

private:
    void addData(quint64 seq, Direction direction, qint64 length, const QByteArray *data);
    void addMarker(quint64 seq, TranscriptEntry::Kind kind, Direction direction,
                   const QString &note = {});
    bool addEntry(const TranscriptEntry &entry);
    void capture(Direction direction, const char *bytes, qint64 length);
    void onConnectCall(const TraceRecord &record);
    void onClose(const TraceRecord &record);

    TranscriptLimits m_limits;
    TranscriptStats m_stats;
    QByteArray m_bytes[2];
    std::vector<TranscriptEntry> m_entries;
    QHash<quint64, QString> m_notes;
    // Mirrors the socket's state so writes that netcore refuses are not shown as sent.
    bool m_writable = true;
    bool m_destroyed = false;
};

} // namespace trace
