#pragma once

#include <QString>
#include <QStringView>

// Help text laid out for a terminal by display width (src/text/textlayout.h): a Chinese or
// Japanese character takes two columns, and such text may break between two characters, not
// only at spaces. QCommandLineParser counts characters and breaks at spaces only.
namespace cli {

// The columns help text may fill: COLUMNS, else the terminal's width on standard output, else
// 80; at most 80 (longer lines read badly) and at least 40.
int helpLineWidth();

// Text laid out in lines already (a usage text, a syntax table, as a translator wrote it),
// with every block that has a line wider than width wrapped again. A block is a line and the
// lines after it that continue its text: indented to where its text starts after a column
// ("  KIND    exact     the whole message"), or to its own indent when it has no columns.
QString fitLines(const QString &text, int width);

// QCommandLineParser's help: its usage line and description, and its option and argument
// lists with each entry's description wrapped again beside the names.
QString fitOptionLists(const QString &qtHelp, int width);

} // namespace cli
