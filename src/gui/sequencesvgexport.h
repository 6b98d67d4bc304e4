#pragma once

#include "sequencepainter.h"

#include <QByteArray>

namespace gui {

// The diagram as an SVG document for slides, written from the layout (no SVG library): lane
// titles, lane lines, marks, arrows with heads and labels, gaps. At most maxRows rows from
// firstRow on, so an export of a long trace stays a file a slide tool opens.
QByteArray sequenceSvg(const SequenceLayout &layout, const SequenceGeometry &geometry,
                       qint64 firstRow = 0, qint64 maxRows = 2000);

} // namespace gui
