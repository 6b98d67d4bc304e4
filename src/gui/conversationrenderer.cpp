#include "conversationrenderer.h"

#include "hexdump.h"
#include "session/payloadcodec.h"

#include "net/encoding.h"
#include "net/stringdecoder.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using trace::Direction;
using trace::TranscriptEntry;
using Kind = trace::TranscriptEntry::Kind;

namespace gui {

namespace {

// lupdate finds the strings through a class's tr(): the context is gui::ConversationRenderer.
struct ConversationRendererText
{
    Q_DECLARE_TR_FUNCTIONS(gui::ConversationRenderer)
};

// Spelled out rather than "%n byte(s)": without a loaded translation Qt leaves the "(s)".
QString bytesText(qint64 n)
{
    return n == 1 ? ConversationRendererText::tr("1 byte")
                  : ConversationRendererText::tr("%1 bytes").arg(n);
}

// Control characters made visible, so a stray byte cannot reshape the view.
QString withControlPictures(const QString &decoded)
{
    QString out;
    out.reserve(decoded.size());
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const char16_t c = decoded[i].unicode();
        if (c == u'\r' && i + 1 < decoded.size() && decoded[i + 1] == u'\n')
            continue; // CRLF shows as one line break
        if (c == u'\n' || c == u'\t' || (c >= 0x20 && c != 0x7f))
            out += QChar(c);
        else if (c == 0x7f)
            out += QChar(u'\x2421');
        else
            out += QChar(char16_t(0x2400 + c));
    }
    return out;
}

// UTF-8 as a Node script reading the bytes with setEncoding() sees it: netcore's StringDecoder
// (one U+FFFD per broken sequence, a character cut by a chunk boundary joined again). flush
// ends the stream there, so bytes held back show as U+FFFD. Without a decoder: one buffer.
QString decodeUtf8(netcore::StringDecoder *decoder, QByteArrayView bytes, bool flush)
{
    if (!decoder)
        return netcore::decodeBytes(bytes.toByteArray(), netcore::Encoding::Utf8);
    QString text = decoder->write(bytes.toByteArray());
    if (flush)
        text += decoder->end();
    return text;
}

QString decodeWith(netcore::StringDecoder *decoder, QByteArrayView bytes,
                   ConversationEncoding encoding, bool flush)
{
    switch (encoding) {
    case ConversationEncoding::Utf8: return withControlPictures(decodeUtf8(decoder, bytes, flush));
    case ConversationEncoding::Latin1: return withControlPictures(QString::fromLatin1(bytes));
    case ConversationEncoding::Escaped: return session::payloadcodec::encodeEscaped(bytes, true);
    }
    return {};
}

QString asLines(QString text)
{
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

// Steps and bytes skipped to keep the view bounded, noted once where showing resumes.
struct Elided
{
    qint64 bytes = 0;
    qsizetype steps = 0;
};

// Consecutive chunks of one direction past the transcript cap, noted as one line.
struct Uncaptured
{
    Direction direction = Direction::Out;
    qsizetype chunks = 0;
    qint64 bytes = 0;
};

} // namespace

ConversationRenderer::ConversationRenderer(const trace::Transcript &transcript,
                                           const QHash<quint64, qint64> &timesNs)
    : m_transcript(transcript)
    , m_timesNs(timesNs)
{ }

QString ConversationRenderer::displayText(QByteArrayView bytes, ConversationEncoding encoding)
{
    return decodeWith(nullptr, bytes, encoding, true);
}

QString ConversationRenderer::directionLabel(Direction direction)
{
    return direction == Direction::Out ? ConversationRendererText::tr("→ sent")
                                       : ConversationRendererText::tr("← received");
}

QString ConversationRenderer::timeText(quint64 seq) const
{
    const auto it = m_timesNs.constFind(seq);
    if (it == m_timesNs.constEnd())
        return {};
    const double ms = double(*it) / 1e6;
    return ms < 1000 ? ConversationRendererText::tr("+%1 ms").arg(ms, 0, 'f', 3)
                     : ConversationRendererText::tr("+%1 s").arg(ms / 1000, 0, 'f', 3);
}

QString ConversationRenderer::markerText(const TranscriptEntry &entry) const
{
    const QString note = m_transcript.notes.value(entry.seq);
    switch (entry.kind) {
    case Kind::Connected: return ConversationRendererText::tr("● connected");
    case Kind::FinReceived:
        return ConversationRendererText::tr("← FIN received: the peer ended its side");
    case Kind::EndCalled:
        return ConversationRendererText::tr("→ end() called: FIN follows the queued bytes");
    case Kind::Reset: return ConversationRendererText::tr("→ reset: RST sent instead of FIN");
    case Kind::Error:
        return note.isEmpty() ? ConversationRendererText::tr("⚠ error")
                              : ConversationRendererText::tr("⚠ error: %1").arg(note);
    case Kind::Closed:
        return note == u"hadError"_s ? ConversationRendererText::tr("■ closed after an error")
                                     : ConversationRendererText::tr("■ closed");
    case Kind::RefusedWrite:
        return ConversationRendererText::tr("→ write refused after end() or destroy(): %1 not sent")
                .arg(bytesText(entry.length));
    case Kind::Data: break;
    }
    return {};
}

void ConversationRenderer::render(const ConversationRenderOptions &options, const Sink &sink) const
{
    using PieceKind = ConversationPiece::Kind;
    const QList<TranscriptEntry> &entries = m_transcript.entries;
    const qsizetype n = entries.size();
    qint64 totalCaptured = 0;
    for (const TranscriptEntry &entry : entries)
        totalCaptured += entry.kind == Kind::Data ? entry.captured : 0;
    const bool byteLimited
            = options.bytesAtEachEnd >= 0 && totalCaptured > 2 * options.bytesAtEachEnd;
    const qint64 headEnd = byteLimited ? options.bytesAtEachEnd : totalCaptured;
    const qint64 tailStart = byteLimited ? totalCaptured - options.bytesAtEachEnd : totalCaptured;
    const bool stepLimited = options.entriesAtEachEnd >= 0 && n > 2 * options.entriesAtEachEnd;

    Elided elided;
    Uncaptured uncaptured;
    netcore::StringDecoder decoders[2];
    // Where a direction's shown bytes end: what is held back there is flushed.
    qsizetype lastData[2] = {-1, -1};
    for (qsizetype i = 0; i < n; ++i) {
        if (entries.at(i).kind == Kind::Data && entries.at(i).captured > 0)
            lastData[int(entries.at(i).direction)] = i;
    }
    const auto resetDecoder = [&decoders](Direction direction) {
        decoders[int(direction)] = netcore::StringDecoder();
    };
    auto emitPiece = [&sink](PieceKind kind, Direction direction, const QString &text) {
        sink(ConversationPiece {kind, direction, asLines(text)});
    };
    auto flushElided = [&] {
        if (elided.steps == 0)
            return;
        emitPiece(PieceKind::Note, Direction::Out,
                  ConversationRendererText::tr(
                          "… %1 in %2 steps not shown here; Save… writes everything …")
                          .arg(QLocale().formattedDataSize(elided.bytes))
                          .arg(elided.steps));
        elided = {};
    };
    auto flushUncaptured = [&] {
        if (uncaptured.chunks == 0)
            return;
        const QString what = directionLabel(uncaptured.direction);
        emitPiece(PieceKind::Note, uncaptured.direction,
                  options.uncapturedReason.isEmpty()
                          ? ConversationRendererText::tr(
                                    "%1: %2 in %3 chunks not captured: past the transcript cap")
                                    .arg(what, bytesText(uncaptured.bytes))
                                    .arg(uncaptured.chunks)
                          : ConversationRendererText::tr("%1: %2 in %3 chunks not captured: %4")
                                    .arg(what, bytesText(uncaptured.bytes))
                                    .arg(uncaptured.chunks)
                                    .arg(options.uncapturedReason));
        uncaptured = {};
    };
    auto emitBytes = [&](const TranscriptEntry &entry, qint64 from, qint64 to, bool flush) {
        const QByteArray &stream = m_transcript.captured(entry.direction);
        const QByteArrayView bytes = QByteArrayView(stream).sliced(entry.offset + from, to - from);
        const QString text = options.layout == ConversationLayout::HexDump
                ? hexdump::dump(bytes, entry.offset + from, options.hexBytesPerLine)
                : decodeWith(&decoders[int(entry.direction)], bytes, options.encoding, flush);
        emitPiece(PieceKind::Data, entry.direction, text);
    };

    qint64 cumulative = 0; // captured bytes of both directions before this entry
    for (qsizetype i = 0; i < n; ++i) {
        const TranscriptEntry &entry = entries.at(i);
        const bool inStepWindow
                = !stepLimited || i < options.entriesAtEachEnd || i >= n - options.entriesAtEachEnd;
        const Direction direction = entry.direction;
        if (entry.kind != Kind::Data) {
            if (!inStepWindow) {
                ++elided.steps;
                continue;
            }
            flushElided();
            flushUncaptured();
            const PieceKind kind = entry.kind == Kind::Error ? PieceKind::Error : PieceKind::Marker;
            const Direction markerDirection
                    = entry.kind == Kind::FinReceived ? Direction::In : Direction::Out;
            emitPiece(kind, markerDirection, markerText(entry));
            continue;
        }
        const qint64 c0 = cumulative;
        const qint64 c1 = c0 + entry.captured;
        cumulative = c1;
        // The parts of this chunk (relative to its start) that fall in the head or the tail.
        const qint64 headTo = qBound(c0, headEnd, c1) - c0;
        const qint64 tailFrom = qBound(c0, tailStart, c1) - c0;
        const bool visible = inStepWindow && (headTo > 0 || tailFrom < entry.captured);
        if (!visible && (entry.captured > 0 || !inStepWindow)) {
            ++elided.steps;
            elided.bytes += entry.length;
            resetDecoder(direction);
            continue;
        }
        if (entry.captured == 0) {
            flushElided();
            if (uncaptured.chunks > 0 && uncaptured.direction != direction)
                flushUncaptured();
            uncaptured.direction = direction;
            ++uncaptured.chunks;
            uncaptured.bytes += entry.length;
            continue;
        }
        flushElided();
        flushUncaptured();
        QString header = directionLabel(direction) + u' ' + bytesText(entry.length);
        if (const QString time = timeText(entry.seq); !time.isEmpty())
            header += u"   "_s + time;
        emitPiece(PieceKind::Header, direction, header);
        // Held-back bytes are flushed before a cut and after the direction's last bytes.
        const bool endsShownBytes = !entry.isFullyCaptured() || i == lastData[int(direction)];
        if (headTo > 0)
            emitBytes(entry, 0, headTo, tailFrom > headTo || endsShownBytes);
        if (tailFrom > headTo) {
            emitPiece(PieceKind::Note, direction,
                      ConversationRendererText::tr("… %1 of this chunk not shown here …")
                              .arg(QLocale().formattedDataSize(tailFrom - headTo)));
        }
        if (tailFrom < entry.captured)
            emitBytes(entry, qMax(tailFrom, headTo), entry.captured, endsShownBytes);
        if (!entry.isFullyCaptured()) {
            emitPiece(PieceKind::Note, direction,
                      options.uncapturedReason.isEmpty()
                              ? ConversationRendererText::tr("[%1 bytes of this chunk not "
                                                             "captured: past the transcript cap]")
                                        .arg(entry.length - entry.captured)
                              : ConversationRendererText::tr(
                                        "[%1 bytes of this chunk not captured: %2]")
                                        .arg(entry.length - entry.captured)
                                        .arg(options.uncapturedReason));
        }
    }
    flushElided();
    flushUncaptured();
    if (m_transcript.stats.droppedEntries > 0) {
        emitPiece(PieceKind::Note, Direction::Out,
                  ConversationRendererText::tr(
                          "%1 later steps not recorded: the transcript's step limit was reached")
                          .arg(m_transcript.stats.droppedEntries));
    }
}

} // namespace gui
