#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

// Appends JSON tokens to a byte buffer without temporary strings, so a record can be
// written into a preallocated buffer with no allocation.
namespace trace::json {

void appendInt(QByteArray &out, qint64 value);
void appendBool(QByteArray &out, bool value);
// "key": with the comma that separates it from the previous member.
void appendKey(QByteArray &out, QLatin1StringView key);
// A quoted string from UTF-16; lone surrogates become U+FFFD.
void appendString(QByteArray &out, QStringView text);
void appendString(QByteArray &out, QLatin1StringView text);
// A quoted string from bytes read as UTF-8 as Node reads them (netcore/utf8.h): each maximal
// subpart of an invalid sequence becomes one U+FFFD.
void appendUtf8Bytes(QByteArray &out, QByteArrayView bytes);
// A quoted string of lowercase hex digits, two per byte.
void appendHex(QByteArray &out, QByteArrayView bytes);

} // namespace trace::json
