#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace gui::hexdump {

inline constexpr int BytesPerLine = 16;

// One line in the classic `hexdump -C` layout:
// "00000010  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 02 03  |Hello world.....|"
// The offset has 8 hex digits (more when it needs them); a short last line is padded so the
// ASCII column stays aligned. Bytes outside 0x20..0x7e show as '.'. A narrow panel asks for
// fewer bytes per line (8 or 4) rather than cut the line.
QString line(QByteArrayView bytes, qint64 offset, int bytesPerLine = BytesPerLine);

// Every line of bytes, the first one at startOffset.
QStringList lines(QByteArrayView bytes, qint64 startOffset = 0, int bytesPerLine = BytesPerLine);

// lines() joined with '\n', no trailing newline.
QString dump(QByteArrayView bytes, qint64 startOffset = 0, int bytesPerLine = BytesPerLine);

// The most bytes per line, of 16, 8 and 4, whose line fits in columns characters (4 when
// none does).
int bytesPerLineFor(int columns);

} // namespace gui::hexdump
