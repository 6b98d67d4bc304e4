#include "relaypipe.h"

#include "net/socket.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using netcore::Socket;

namespace session {

namespace {

// With a bandwidth limit a piece carries at most this much of a second's allowance, so a
// large chunk is spread out rather than sent in one burst followed by a long silence.
constexpr int BandwidthSlicesPerSecond = 20;

} // namespace

RelayPipe::RelayPipe(Socket *source, Socket *destination, const DirectionFaults *faults,
                     QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_destination(destination)
    , m_faults(faults)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RelayPipe::pump);
    connect(source, &Socket::dataReceived, this, &RelayPipe::onData);
    connect(source, &Socket::ended, this, &RelayPipe::onSourceEnded);
    connect(destination, &Socket::drained, this, &RelayPipe::onDrained);
}

void RelayPipe::start()
{
    m_started = true;
    pump();
}

void RelayPipe::stop()
{
    m_dropping = true;
    m_timer.stop();
    m_dropped += m_pendingBytes;
    m_pending.clear();
    m_pendingBytes = 0;
    updateSourceFlow();
}

bool RelayPipe::isHolding() const
{
    return m_faults->hold || (m_faults->holdAfterBytes && m_forwarded >= *m_faults->holdAfterBytes);
}

double RelayPipe::nowMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void RelayPipe::onData(const QByteArray &data)
{
    if (m_dropping) {
        m_dropped += data.size();
        return;
    }
    m_pending.push_back({data, 0, nowMs()});
    m_pendingBytes += data.size();
    pump();
}

void RelayPipe::onSourceEnded()
{
    m_sourceEnded = true;
    m_endArrivedMs = nowMs();
    pump();
}

void RelayPipe::onDrained()
{
    m_waitingForDrain = false;
    pump();
}

double RelayPipe::waitMs(double now) const
{
    const double release = m_pending.front().arrivedMs + double(m_faults->latencyMs);
    return std::max({0.0, release - now, m_nextSendMs - now});
}

qint64 RelayPipe::nextPieceSize()
{
    if (!m_faults->isRechunking())
        return m_pendingBytes;
    if (m_pieceSize <= 0) {
        const qint64 low = std::max<qint64>(1, std::min(m_faults->pieceMin, m_faults->pieceMax));
        const qint64 high = std::max(low, m_faults->pieceMax);
        m_pieceSize = low + qint64(QRandomGenerator::global()->bounded(quint64(high - low + 1)));
    }
    return m_pieceSize;
}

qint64 RelayPipe::bytesToNextLimit() const
{
    qint64 nearest = -1;
    for (const std::optional<qint64> &limit : {m_faults->holdAfterBytes, m_faults->finAfterBytes,
                                               m_faults->rstAfterBytes, m_faults->cutAfterBytes}) {
        if (limit && *limit > m_forwarded && (nearest < 0 || *limit - m_forwarded < nearest))
            nearest = *limit - m_forwarded;
    }
    return nearest;
}

// Up to maxSize bytes from the front of the queue, across chunks whose latency has passed.
// A whole chunk is handed on as it is, without a copy.
QByteArray RelayPipe::takePiece(qint64 maxSize, double now)
{
    Chunk &front = m_pending.front();
    const qint64 frontLeft = front.data.size() - front.offset;
    if (front.offset == 0 && frontLeft <= maxSize
        && (m_pending.size() == 1 || !m_faults->isRechunking())) {
        QByteArray piece = std::move(front.data);
        m_pending.pop_front();
        m_pendingBytes -= piece.size();
        return piece;
    }
    QByteArray piece;
    const double latency = double(m_faults->latencyMs);
    while (piece.size() < maxSize && !m_pending.empty()
           && (piece.isEmpty() || m_pending.front().arrivedMs + latency <= now)) {
        Chunk &chunk = m_pending.front();
        const qint64 take = std::min(maxSize - piece.size(), chunk.data.size() - chunk.offset);
        piece.append(chunk.data.constData() + chunk.offset, take);
        chunk.offset += take;
        m_pendingBytes -= take;
        if (chunk.offset == chunk.data.size())
            m_pending.pop_front();
    }
    return piece;
}

void RelayPipe::pump()
{
    if (!m_started || !m_destination)
        return;
    if (!m_dropping && fireLimits())
        return;
    while (!m_dropping && !m_pending.empty() && !m_waitingForDrain && !isHolding()) {
        const double now = nowMs();
        if (const double wait = waitMs(now); wait > 0) {
            m_timer.start(int(std::ceil(wait)));
            break;
        }
        qint64 size = nextPieceSize();
        if (m_faults->bytesPerSecond > 0)
            size = std::min(
                    size, std::max<qint64>(1, m_faults->bytesPerSecond / BandwidthSlicesPerSecond));
        if (const qint64 limit = bytesToNextLimit(); limit > 0)
            size = std::min(size, limit);
        forward(takePiece(size, now), now);
        if (fireLimits())
            return;
    }
    if (m_pending.empty() && m_sourceEnded && !m_endForwarded && !m_dropping)
        forwardEnd();
    updateSourceFlow();
}

// The FIN comes after the bytes before it, as late as the latency says, and a hold keeps it
// back too.
void RelayPipe::forwardEnd()
{
    if (isHolding())
        return;
    const double wait = m_endArrivedMs + double(m_faults->latencyMs) - nowMs();
    if (wait > 0) {
        m_timer.start(int(std::ceil(wait)));
        return;
    }
    m_endForwarded = true;
    m_destination->end();
}

void RelayPipe::forward(const QByteArray &piece, double now)
{
    m_forwarded += piece.size();
    if (m_faults->isRechunking()) {
        m_pieceSize = 0; // each write draws its own size
        if (m_faults->piecePauseMs > 0)
            m_nextSendMs = now + double(m_faults->piecePauseMs);
    }
    if (m_faults->bytesPerSecond > 0)
        m_nextSendMs = std::max(m_nextSendMs, now)
                + double(piece.size()) * 1000.0 / double(m_faults->bytesPerSecond);
    if (!m_destination->write(piece))
        m_waitingForDrain = true;
}

bool RelayPipe::fireLimits()
{
    const auto reached
            = [this](const std::optional<qint64> &limit) { return limit && m_forwarded >= *limit; };
    if (reached(m_faults->rstAfterBytes)) {
        stop();
        Q_EMIT resetRequested();
        return true;
    }
    if (reached(m_faults->cutAfterBytes)) {
        injectFin();
        Q_EMIT cutReached();
        return true;
    }
    if (reached(m_faults->finAfterBytes)) {
        injectFin();
        return true;
    }
    return false;
}

void RelayPipe::injectFin()
{
    stop();
    m_endForwarded = true;
    if (m_destination)
        m_destination->end();
}

void RelayPipe::updateSourceFlow()
{
    if (!m_source || !m_started)
        return;
    const bool full = !m_dropping && (m_waitingForDrain || m_pendingBytes >= PendingLimit);
    if (full && !m_source->isPaused())
        m_source->pause();
    else if (!full && m_source->isPaused())
        m_source->resume();
}

} // namespace session
