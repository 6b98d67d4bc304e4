#include "writequeue.h"
#include "syscalls.h"

#include <cerrno>
#include <sys/uio.h>

namespace netcore {

namespace {
constexpr int MaxVectors = 64; // well under IOV_MAX everywhere
}

void WriteQueue::append(QByteArray data, Callback callback, qint64 textLength)
{
    m_bytes += data.size();
    m_length += textLength >= 0 ? textLength : data.size();
    m_requests.append(Request {std::move(data), 0, std::move(callback), textLength});
}

int WriteQueue::writeTo(int fd, qint64 *written, QList<Callback> *done, int maxPasses)
{
    *written = 0;
    for (int pass = 0; pass < maxPasses && !isEmpty(); ++pass) {
        iovec vectors[MaxVectors];
        int count = 0;
        qint64 offered = 0;
        for (qsizetype i = m_head; i < m_requests.size() && count < MaxVectors; ++i) {
            const Request &request = m_requests.at(i);
            vectors[count].iov_base = const_cast<char *>(request.data.constData() + request.offset);
            vectors[count].iov_len = size_t(request.data.size() - request.offset);
            offered += qint64(vectors[count].iov_len);
            ++count;
        }
        // Only empty requests (end()'s marker, write('')): done without a syscall, which
        // would report a reset that reading has not seen yet.
        const ssize_t result = offered == 0 ? 0 : sys::writeVector(fd, vectors, count);
        if (result < 0) {
            compact();
            return int(-result);
        }
        *written += result;
        m_bytes -= result;
        qint64 left = result;
        while (left > 0
               || (m_head < m_requests.size()
                   && m_requests.at(m_head).offset == m_requests.at(m_head).data.size())) {
            Request &request = m_requests[m_head];
            const qint64 remaining = request.data.size() - request.offset;
            if (left < remaining) {
                request.offset += left;
                left = 0;
                break;
            }
            left -= remaining;
            m_length -= request.length < 0 ? request.data.size() : request.length;
            if (request.callback)
                done->append(std::move(request.callback));
            request = Request();
            ++m_head;
        }
        if (result < offered)
            break; // the kernel is full: waiting for writability is cheaper than EAGAIN
    }
    compact();
    return isEmpty() ? 0 : EAGAIN;
}

void WriteQueue::clear(QList<Callback> *pending)
{
    for (qsizetype i = m_head; i < m_requests.size(); ++i) {
        if (m_requests[i].callback)
            pending->append(std::move(m_requests[i].callback));
    }
    m_requests.clear();
    m_head = 0;
    m_bytes = 0;
    m_length = 0;
}

void WriteQueue::compact()
{
    if (m_head == m_requests.size()) {
        m_requests.clear();
        m_head = 0;
    } else if (m_head > 32 && m_head * 2 > m_requests.size()) {
        m_requests.remove(0, m_head);
        m_head = 0;
    }
}

} // namespace netcore
