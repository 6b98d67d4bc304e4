#pragma once

#include "trace/transcript.h"

#include <QHash>
#include <QString>

#include <functional>

namespace gui {

// How a conversation's bytes are turned into text.
enum class ConversationEncoding { Utf8, Latin1, Escaped };
enum class ConversationLayout { Text, HexDump };

// One piece of a rendered conversation: whole lines (ending in '\n') and what they are, so
// a view can colour them by direction and kind.
struct ConversationPiece
{
    enum class Kind { Header, Data, Marker, Error, Note };
    Kind kind = Kind::Note;
    trace::Direction direction = trace::Direction::Out;
    QString text;
};

struct ConversationRenderOptions
{
    ConversationLayout layout = ConversationLayout::Text;
    ConversationEncoding encoding = ConversationEncoding::Utf8;
    // Captured bytes rendered from the start and from the end of the conversation (both
    // directions counted together); what lies between is summed up in one note. -1: all.
    qint64 bytesAtEachEnd = -1;
    // The same for steps (chunks and markers), so 256 K tiny chunks stay cheap too. -1: all.
    qsizetype entriesAtEachEnd = -1;
    // Why bytes were not captured, when not the live transcript's cap (a saved trace keeps
    // only the first bytes of each chunk). Empty: the cap.
    QString uncapturedReason;
    // The HexDump layout's bytes per line: fewer in a narrow panel (hexdump::bytesPerLineFor).
    int hexBytesPerLine = 16;
};

// Walks a transcript in order and hands each piece to sink: a header per chunk with its
// direction ("→ sent" / "← received"), its bytes, "N bytes not captured" where the cap cut it,
// and the connect, FIN, end(), reset, error and close markers where they happened.
// timesNs maps a record's seq to its time in ns since the connection's first record; chunks
// whose seq is missing are shown without a time.
class ConversationRenderer final
{
public:
    using Sink = std::function<void(const ConversationPiece &piece)>;

    ConversationRenderer(const trace::Transcript &transcript,
                         const QHash<quint64, qint64> &timesNs);

    void render(const ConversationRenderOptions &options, const Sink &sink) const;

    // Bytes as the Text layout shows them. Utf8 and Latin1 show control characters as
    // Unicode control pictures (a lone CR as ␍); CRLF becomes a line break.
    static QString displayText(QByteArrayView bytes, ConversationEncoding encoding);
    static QString directionLabel(trace::Direction direction); // "→ sent" / "← received"

private:
    QString markerText(const trace::TranscriptEntry &entry) const;
    QString timeText(quint64 seq) const;

    const trace::Transcript &m_transcript;
    const QHash<quint64, qint64> &m_timesNs;
};

} // namespace gui
