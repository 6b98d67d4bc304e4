#pragma once

#include <QString>
#include <QStringView>

// Text laid out for a terminal by display width: a Chinese or Japanese character takes two
// columns, a combining mark none, and such text may break between two characters, not only at
// spaces.
namespace textlayout {

// The columns a terminal gives text: 2 for East Asian Wide and Fullwidth characters, 0 for
// combining marks and format characters, 1 for the rest.
int displayWidth(QStringView text);

// A paragraph broken into lines no wider than width columns (a word wider than that stays
// whole): the first line goes on after firstColumn columns already written, the others start
// with indent spaces. A line break of the paragraph's own stays one. No line break at the end.
QString wrapParagraph(QStringView paragraph, int width, int firstColumn, int indent);

// Whether two pieces of one text that a line break separated join without a space: Chinese and
// Japanese put none between characters, other languages one between words.
bool joinsWithoutSpace(QStringView before, QStringView after);

} // namespace textlayout
