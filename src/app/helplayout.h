#pragma once

#include <QString>
#include <QStringView>

// Help text laid out for a terminal by display width: a Chinese or Japanese character takes two
// columns, a combining mark none, and such text may break between two characters, not only at
// spaces. QCommandLineParser counts characters and breaks at spaces only.
namespace cli {

// The columns help text may fill: COLUMNS, else the terminal's width on standard output, else
// 80; at most 80 (longer lines read badly) and at least 40.
int helpLineWidth();

// The columns a terminal gives text: 2 for East Asian Wide and Fullwidth characters, 0 for
// combining marks and format characters, 1 for the rest.
int displayWidth(QStringView text);

// A paragraph broken into lines no wider than width columns (a word wider than that stays
// whole): the first line goes on after firstColumn columns already written, the others start
// with indent spaces. No line break at the end.
QString wrapParagraph(QStringView paragraph, int width, int firstColumn, int indent);

// Text laid out in lines already (a usage text, a syntax table, as a translator wrote it),
// with every block that has a line wider than width wrapped again. A block is a line and the
// lines after it that continue its text: indented to where its text starts after a column
// ("  KIND    exact     the whole message"), or to its own indent when it has no columns.
QString fitLines(const QString &text, int width);

// QCommandLineParser's help: its usage line and description, and its option and argument
// lists with each entry's description wrapped again beside the names.
QString fitOptionLists(const QString &qtHelp, int width);

} // namespace cli
