// The conversation's text as a Node script with setEncoding('utf8') reads it: netcore's
// StringDecoder per direction, so a broken sequence is one U+FFFD per maximal subpart, a
// character cut by a chunk boundary is joined again, and bytes left held back at the end show
// as U+FFFD. Expected values were printed by node v20 (StringDecoder.write() of each chunk,
// then end()).

#include "gui/conversationrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gui::ConversationEncoding;
using gui::ConversationPiece;
using gui::ConversationRenderer;
using trace::Direction;

namespace {

struct Chunk
{
    Direction direction;
    QByteArray bytes;
};

trace::Transcript transcriptOf(const QList<Chunk> &chunks)
{
    trace::Transcript transcript;
    quint64 seq = 0;
    for (const Chunk &chunk : chunks) {
        trace::TranscriptEntry entry;
        entry.seq = ++seq;
        entry.kind = trace::TranscriptEntry::Kind::Data;
        entry.direction = chunk.direction;
        entry.offset = transcript.bytes[int(chunk.direction)].size();
        entry.length = entry.captured = chunk.bytes.size();
        transcript.bytes[int(chunk.direction)] += chunk.bytes;
        transcript.entries.append(entry);
    }
    return transcript;
}

// The text of the Data pieces of one direction, each without the line break the renderer ends
// it with.
QString renderedText(const trace::Transcript &transcript, Direction direction)
{
    QString text;
    ConversationRenderer(transcript, {}).render({}, [&](const ConversationPiece &piece) {
        if (piece.kind == ConversationPiece::Kind::Data && piece.direction == direction)
            text += piece.text.chopped(1);
    });
    return text;
}

} // namespace

Q_DECLARE_METATYPE(QList<Chunk>)

class tst_ConversationRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesUtf8AsNode_data();
    void decodesUtf8AsNode();
    void displayTextDecodesAsNode();
};

void tst_ConversationRenderer::decodesUtf8AsNode_data()
{
    QTest::addColumn<QList<Chunk>>("chunks");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("sent");
    const Direction in = Direction::In;
    const Direction out = Direction::Out;
    QTest::newRow("broken 4-byte sequence is one U+FFFD")
            << QList<Chunk> {{in, "\xf0\x9f\x98\x61"_ba}} << u"\ufffda"_s << QString();
    QTest::newRow("bytes that start nothing")
            << QList<Chunk> {{in, "\xf8\x41\xfe\x80"_ba}} << u"\ufffdA\ufffd\ufffd"_s << QString();
    QTest::newRow("character split across chunks")
            << QList<Chunk> {{in, "\xe2\x82"_ba}, {in, "\xac\x41"_ba}} << u"€A"_s << QString();
    QTest::newRow("character cut off at the end")
            << QList<Chunk> {{in, "ok\xe2\x82"_ba}} << u"ok\ufffd"_s << QString();
    QTest::newRow("each direction has its own decoder") << QList<Chunk> {{in, "\xe2"_ba},
                                                                         {out, "\xf0\x9f"_ba},
                                                                         {in, "\x82\xac"_ba},
                                                                         {out, "\x98\x80"_ba}}
                                                        << u"€"_s << u"😀"_s;
}

void tst_ConversationRenderer::decodesUtf8AsNode()
{
    QFETCH(QList<Chunk>, chunks);
    QFETCH(QString, received);
    QFETCH(QString, sent);
    const trace::Transcript transcript = transcriptOf(chunks);
    QCOMPARE(renderedText(transcript, Direction::In), received);
    QCOMPARE(renderedText(transcript, Direction::Out), sent);
}

void tst_ConversationRenderer::displayTextDecodesAsNode()
{
    QCOMPARE(ConversationRenderer::displayText("\xf0\x9f\x98\x61"_ba, ConversationEncoding::Utf8),
             u"\ufffda"_s);
}

QTEST_GUILESS_MAIN(tst_ConversationRenderer)
#include "tst_conversationrenderer.moc"
