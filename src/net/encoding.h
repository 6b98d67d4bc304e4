#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace netcore {

// Node's Buffer encodings. Base64url decodes as Base64 does (both alphabets); it differs in
// what it writes: '-' and '_' for '+' and '/', no '=' padding.
enum class Encoding { Utf8, Latin1, Ascii, Hex, Base64, Base64url, Utf16le };

// Parses Node's names, case-insensitively: "utf8"/"utf-8", "latin1"/"binary", "ascii", "hex",
// "base64", "base64url", "utf16le"/"utf-16le"/"ucs2"/"ucs-2". Unknown names give std::nullopt.
std::optional<Encoding> encodingFromName(const QString &name);
QString encodingName(Encoding encoding); // canonical: "utf8", "latin1", ...

// Buffer.from(text, encoding): text to bytes as Node does it (invalid hex stops at the first
// bad pair, base64 ignores whitespace and accepts the URL-safe alphabet).
QByteArray encodeText(const QString &text, Encoding encoding);
// buffer.toString(encoding) for one complete buffer.
QString decodeBytes(const QByteArray &bytes, Encoding encoding);

} // namespace netcore
