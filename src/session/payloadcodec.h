#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace session {

// How the composer's editor is read.
enum class PayloadMode { Text, Hex, Base64 };

// Appended after text (and used for each line break typed in the editor).
enum class LineEnding { None, Lf, CrLf, Cr };

// What the user typed, as bytes, or why it cannot be sent and where.
struct PayloadResult
{
    QByteArray bytes;
    QString error;           // empty when the input is valid; translated
    qsizetype position = -1; // index into the input (UTF-16 units) of the offending character
    int line = 0;            // 1-based line and column of position; 0 when valid
    int column = 0;

    bool isValid() const { return error.isEmpty(); }
};

// Pure conversions between the composer's text forms and bytes. Errors name line and column
// (1-based), so they can be shown inline while the user types.
namespace payloadcodec {

QByteArray lineEndingBytes(LineEnding ending);

// UTF-8 text with escapes: \r \n \t \0 \\ \xNN. Any other escape, a \x without two hex digits
// or a trailing backslash is an error. Typed line breaks become `ending` (a plain "\n" when
// ending is None), and `ending` is appended once at the end.
PayloadResult decodeText(QStringView input, LineEnding ending = LineEnding::None);

// Pairs of hex digits. Whitespace, ':' and ',' separate groups; a group may start with 0x.
// A group with an odd number of digits or a non-hex character is an error.
PayloadResult decodeHex(QStringView input);

// Standard base64 (RFC 4648 alphabet, '=' padding required). Whitespace is ignored; any other
// character outside the alphabet, a missing or misplaced '=' is an error.
PayloadResult decodeBase64(QStringView input);

// Dispatches on mode; the line ending applies to Text only.
PayloadResult decode(PayloadMode mode, QStringView input, LineEnding ending = LineEnding::None);

// The inverse of decodeText (without a line ending): printable ASCII as is, the named escapes,
// \xNN for every other byte. With breakAfterNewline, a real line break follows each "\n".
QString encodeEscaped(QByteArrayView bytes, bool breakAfterNewline = false);

// "48 65 6c 6c 6f" form, lower case, one space between bytes.
QString encodeHex(QByteArrayView bytes);

} // namespace payloadcodec

} // namespace session
