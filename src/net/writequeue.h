#pragma once

#include "neterror.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace netcore {

// Bytes waiting for the kernel, in order, with the callback of each write() request.
// Gathered into one writev() per pass; completed requests are handed back so the socket can
// run their callbacks after the I/O pass, never from inside write().
class WriteQueue final
{
public:
    using Callback = std::function<void(const NetError &error)>;

    struct Request
    {
        QByteArray data;
        qsizetype offset = 0; // bytes of data already taken by the kernel
        Callback callback;
        qint64 length = -1; // a text write's characters; -1: its bytes
    };

    bool isEmpty() const { return m_head == m_requests.size(); }
    qint64 byteCount() const { return m_bytes; }
    // Node's writableLength: every write counts whole until the kernel took all of it, a text
    // write by its characters (UTF-16 code units, JS's string length), others by their bytes.
    qint64 length() const { return m_length; }
    // textLength: the characters of the text data was encoded from; -1 for bytes.
    void append(QByteArray data, Callback callback, qint64 textLength = -1);

    // Writes as much as the kernel takes (at most maxPasses writev() calls). Returns 0, EAGAIN
    // when the kernel is full, or another positive errno; *written gets the bytes sent.
    // Finished requests' callbacks are appended to *done.
    int writeTo(int fd, qint64 *written, QList<Callback> *done, int maxPasses = 16);

    // Empties the queue; every pending callback is appended to *pending.
    void clear(QList<Callback> *pending);

private:
    void compact();

    QList<Request> m_requests;
    qsizetype m_head = 0;
    qint64 m_bytes = 0;
    qint64 m_length = 0;
};

} // namespace netcore
