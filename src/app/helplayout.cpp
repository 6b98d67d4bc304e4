#include "helplayout.h"

#include "text/textlayout.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// Fewer columns than this beside a column of names, and the text goes below them instead.
constexpr int MinimumTextColumns = 30;
constexpr int IndentBelowNames = 8;

qsizetype leadingSpaces(QStringView line)
{
    qsizetype count = 0;
    while (count < line.size() && line.at(count) == u' ')
        ++count;
    return count;
}

// Where the text of a line starts after its columns (two spaces or more end a column), or its
// indent when it has none.
qsizetype textColumn(const QString &line)
{
    static const QRegularExpression gap(u"\\S( {2,})(?=\\S)"_s);
    qsizetype column = leadingSpaces(line);
    for (const QRegularExpressionMatch &match : gap.globalMatch(line))
        column = match.capturedEnd(1);
    return column;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Two pieces of one text that a line break separated.
QString joined(const QString &before, QStringView after)
{
    if (textlayout::joinsWithoutSpace(before, after))
        return before + after;
    return before + u' ' + after;
}

// prefix ("  --wait <TIME>    ") followed by text wrapped beside it, or below it when the
// prefix leaves too little room.
QString besidePrefix(const QString &prefix, const QString &text, int width)
{
    const int prefixWidth = textlayout::displayWidth(prefix);
    if (width - prefixWidth >= MinimumTextColumns)
        return prefix + textlayout::wrapParagraph(text, width, prefixWidth, prefixWidth);
    const QString margin(IndentBelowNames, u' ');
    return prefix.trimmed().prepend(QString(leadingSpaces(prefix), u' ')) + u'\n' + margin
            + textlayout::wrapParagraph(text, width, IndentBelowNames, IndentBelowNames);
}

} // namespace

int helpLineWidth()
{
    bool ok = false;
    int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (!ok || columns <= 0) {
        winsize size {};
        columns = ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0
                ? int(size.ws_col)
                : 80;
    }
    return std::clamp(columns, 40, 80);
}

QString fitLines(const QString &text, int width)
{
    const QStringList lines = text.split(u'\n');
    QStringList fitted;
    for (qsizetype first = 0; first < lines.size();) {
        const QString &line = lines.at(first);
        const qsizetype column = textColumn(line);
        // Lines at the same indent continue a row's text or an indented paragraph; a line at
        // the margin is a line of its own (a usage line followed by a sentence).
        qsizetype end = first + 1;
        if (!isBlank(line) && column > 0) {
            while (end < lines.size() && !isBlank(lines.at(end))
                   && leadingSpaces(lines.at(end)) == column && textColumn(lines.at(end)) == column)
                ++end;
        }
        const bool fits = std::all_of(
                lines.cbegin() + first, lines.cbegin() + end,
                [width](const QString &l) { return textlayout::displayWidth(l) <= width; });
        if (fits) {
            for (qsizetype i = first; i < end; ++i)
                fitted.append(lines.at(i));
        } else {
            QString body = line.mid(column).trimmed();
            for (qsizetype i = first + 1; i < end; ++i)
                body = joined(body, QStringView(lines.at(i)).trimmed());
            fitted.append(besidePrefix(line.left(column), body, width));
        }
        first = end;
    }
    return fitted.join(u'\n');
}

QString fitOptionLists(const QString &qtHelp, int width)
{
    // QCommandLineParser writes "  NAMES<spaces>DESCRIPTION", continued on lines indented to
    // where the description starts: a description line holds 79 - that indent characters (one
    // more after the first), broken at the last space that fits or, with none, where it is full.
    QStringList fitted;
    QString prefix;
    QString description;
    qsizetype previousPieceSize = 0;
    bool previousPieceHadSpace = true;
    const auto flush = [&] {
        if (prefix.isEmpty())
            return;
        if (description.isEmpty())
            fitted.append(prefix.trimmed().prepend(u"  "_s));
        else
            fitted.append(besidePrefix(prefix, description, width));
        prefix.clear();
    };
    for (const QString &line : qtHelp.split(u'\n')) {
        const qsizetype indent = leadingSpaces(line);
        if (!prefix.isEmpty() && indent >= 3 && !isBlank(line)) {
            const QStringView piece = QStringView(line).sliced(indent);
            // A piece broken where it had no space goes on without one.
            const qsizetype room = 79 - prefix.size();
            description += !previousPieceHadSpace && previousPieceSize >= room ? u""_s : u" "_s;
            description += piece;
            previousPieceSize = piece.size();
            previousPieceHadSpace = piece.contains(u' ');
            continue;
        }
        flush();
        if (indent == 2 && !isBlank(line)) {
            static const QRegularExpression afterNames(u"^  \\S.*?  +"_s);
            const QRegularExpressionMatch match = afterNames.match(line);
            const qsizetype column = match.hasMatch() ? match.capturedEnd() : line.size();
            prefix = line.left(column);
            description = line.mid(column);
            previousPieceSize = description.size();
            previousPieceHadSpace = description.contains(u' ');
        } else {
            fitted.append(fitLines(line, width)); // a header, or a description before them
        }
    }
    flush();
    return fitted.join(u'\n');
}

} // namespace cli
