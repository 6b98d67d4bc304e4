#pragma once

#include "encoding.h"

#include <QByteArray>
#include <QString>

namespace netcore {

// Node's StringDecoder: turns a stream of byte chunks into text without splitting characters.
// A UTF-8 sequence or UTF-16 unit cut by a chunk boundary is held back until the rest arrives;
// base64 is emitted in whole 3-byte groups. end() flushes what is held back.
class StringDecoder final
{
public:
    explicit StringDecoder(Encoding encoding = Encoding::Utf8);

    Encoding encoding() const { return m_encoding; }
    QString write(const QByteArray &chunk);
    QString end();
    int pendingBytes() const { return int(m_pending.size()); }
    // How many more bytes the character held back needs (Node's lastNeed).
    int missingBytes() const;

private:
    Encoding m_encoding;
    QByteArray m_pending;
};

} // namespace netcore
