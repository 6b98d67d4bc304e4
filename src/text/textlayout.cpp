#include "textlayout.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace textlayout {

namespace {

// East Asian Wide (W) and Fullwidth (F) in Unicode's EastAsianWidth.txt, merged into ranges:
// the scripts and symbols of Chinese, Japanese and Korean text, and the emoji blocks.
struct Range
{
    char32_t first;
    char32_t last;
};
constexpr Range WideRanges[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
        {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
        {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
        {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
        {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
        {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
        {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
        {0x17000, 0x18CD5}, {0x1B000, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
        {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F320},
        {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
        {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
        {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
        {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
        {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
        {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool isWide(char32_t c)
{
    const auto range
            = std::upper_bound(std::cbegin(WideRanges), std::cend(WideRanges), c,
                               [](char32_t value, const Range &r) { return value < r.first; });
    return range != std::cbegin(WideRanges) && c <= std::prev(range)->last;
}

int columnsOf(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control: return 0;
    default: return isWide(c) ? 2 : 1;
    }
}

char32_t codePointBefore(QStringView text, qsizetype at)
{
    if (at >= 2 && text.at(at - 1).isLowSurrogate() && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), text.at(at - 1));
    return text.at(at - 1).unicode();
}

char32_t codePointAt(QStringView text, qsizetype at)
{
    if (at + 1 < text.size() && text.at(at).isHighSurrogate() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
    return text.at(at).unicode();
}

// Where a line may end: after spaces, as in English, or between two characters of which one
// is wide, where Unicode's line breaking rules allow it (so never before 、 or 。, never after
// 「). Other breaks the rules allow, inside "--reply-wait" or "1.5s", would split an option.
QList<qsizetype> breakPositions(QStringView paragraph)
{
    QList<qsizetype> positions;
    const QString text = paragraph.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size();
         at = finder.toNextBoundary()) {
        if (text.at(at - 1).isSpace() || isWide(codePointBefore(text, at))
            || isWide(codePointAt(text, at)))
            positions.append(at);
    }
    positions.append(text.size());
    return positions;
}

QString wrapOneParagraph(QStringView paragraph, int width, int firstColumn, int indent)
{
    QString text;
    int column = firstColumn;
    bool lineHasText = false;
    qsizetype start = 0;
    for (const qsizetype end : breakPositions(paragraph)) {
        const QStringView piece = paragraph.sliced(start, end - start);
        start = end;
        const int pieceWidth = displayWidth(piece.trimmed());
        // A new line gains room unless this one holds nothing but its indent.
        if ((lineHasText || column > indent) && column + pieceWidth > width) {
            while (text.endsWith(u' '))
                text.chop(1);
            text += u'\n' + QString(indent, u' ');
            column = indent;
        }
        text += piece;
        column += displayWidth(piece);
        lineHasText = true;
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char32_t c = codePointAt(text, at);
        if (c > 0xFFFF)
            ++at;
        width += columnsOf(c);
    }
    return width;
}

QString wrapParagraph(QStringView paragraph, int width, int firstColumn, int indent)
{
    // A line break of the paragraph's own stays one.
    const QList<QStringView> lines = paragraph.split(u'\n');
    QString text = wrapOneParagraph(lines.constFirst(), width, firstColumn, indent);
    for (qsizetype i = 1; i < lines.size(); ++i)
        text += u'\n' + QString(indent, u' ')
                + wrapOneParagraph(lines.at(i), width, indent, indent);
    return text;
}

bool joinsWithoutSpace(QStringView before, QStringView after)
{
    return before.isEmpty() || after.isEmpty() || isWide(codePointBefore(before, before.size()))
            || isWide(codePointAt(after, 0));
}

} // namespace textlayout
