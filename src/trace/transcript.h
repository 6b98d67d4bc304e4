#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace trace {

enum class Direction : quint8 { In, Out }; // In: read from the peer; Out: given to write()

// One step of a connection's transcript, in seq order. Data entries point into the captured
// bytes of their direction; the other kinds mark what happened between them.
struct TranscriptEntry
{
    enum class Kind : quint8 {
        Data,         // a chunk read ('data') or written (write())
        RefusedWrite, // write() after end() or destroy(): nothing was sent
        Connected,    // 'connect', or accepted by a server
        FinReceived,  // the peer's FIN ('end')
        EndCalled,    // end(): our FIN follows the queued bytes
        Reset,        // resetAndDestroy(): RST instead of FIN
        Error,        // 'error'; the note holds code and message
        Closed,       // 'close'; the note says whether it had an error
    };

    quint64 seq = 0;     // the record this entry comes from
    qint64 offset = 0;   // Data: where the chunk starts in its direction's byte stream
    qint64 length = 0;   // Data, RefusedWrite: the chunk's size
    qint64 captured = 0; // Data: how many of its first bytes were kept (less past the cap)
    Kind kind = Kind::Data;
    Direction direction = Direction::In;

    bool isFullyCaptured() const { return captured == length; }
    friend bool operator==(const TranscriptEntry &, const TranscriptEntry &) = default;
};

// How much one connection may keep.
struct TranscriptLimits
{
    qint64 capPerDirection = 16 * 1024 * 1024; // captured bytes per direction
    qsizetype maxEntries = 256 * 1024;         // entries per connection (40 bytes each)
    qsizetype maxClosedTranscripts = 256;      // closed connections kept; oldest go first
};

// Counters of one connection's transcript.
struct TranscriptStats
{
    quint64 endpointId = 0;
    qint64 totalBytes[2] = {0, 0};    // every byte seen, by Direction
    qint64 capturedBytes[2] = {0, 0}; // bytes kept: always a prefix of the stream
    qint64 refusedBytes = 0;          // given to write() after end()/destroy()
    qsizetype entryCount = 0;
    qint64 droppedEntries = 0; // steps past maxEntries, not kept
    bool closed = false;

    qint64 total(Direction d) const { return totalBytes[int(d)]; }
    qint64 captured(Direction d) const { return capturedBytes[int(d)]; }
    qint64 uncaptured(Direction d) const { return total(d) - captured(d); }
};

// A copy of one connection's transcript, safe to keep and read on any thread.
struct Transcript
{
    TranscriptStats stats;
    QList<TranscriptEntry> entries;
    QByteArray bytes[2];           // captured bytes, by Direction
    QHash<quint64, QString> notes; // by seq: Error and Closed entries

    const QByteArray &captured(Direction d) const { return bytes[int(d)]; }
    // The captured part of a Data entry's chunk.
    QByteArray bytesOf(const TranscriptEntry &entry) const;
};

} // namespace trace
