#pragma once

#include <QByteArray>
#include <QHash>
#include <QJSValue>

class QJSEngine;

namespace script {

// Buffers whose bytes JS and C++ share. Qt 6.4 has no way to read an ArrayBuffer's bytes
// without copying them, but an ArrayBuffer made from a QByteArray shares that array's bytes.
// So Buffer.alloc() of a size worth it takes its memory from here, and socket.write() of such a
// Buffer queues the very bytes, as node does, instead of a copy per write (64 KiB each for a
// bulk sender). An entry lives while its ArrayBuffer or a write queue holds the bytes.
class SharedBuffers final
{
public:
    // [ArrayBuffer, id]: a new buffer of size bytes, zero-filled or not.
    QJSValue allocate(QJSEngine *engine, qsizetype size, bool zeroed);
    // The bytes of buffer id (shared, no copy); empty for an unknown id.
    QByteArray bytes(int id) const { return m_buffers.value(id); }
    // Fills bytes [from, to) of buffer id with pattern repeated, in place: the engine fills a
    // typed array one element at a time (about 7 ms per MiB), this is a memset. The bytes are
    // written where JS sees them, on purpose (that is what sharing them means). Returns false
    // for an unknown id or a range outside the buffer.
    bool fill(int id, qsizetype from, qsizetype to, const QByteArray &pattern);
    // Forgets the buffers nobody but this registry holds any more (their ArrayBuffers were
    // collected, their writes done).
    void sweep();

private:
    QHash<int, QByteArray> m_buffers;
    int m_nextId = 0;
    qint64 m_held = 0;
    qint64 m_heldAfterSweep = 0;
};

} // namespace script
