#pragma once

#include "relayfaults.h"

#include "net/socket.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace session {

// One direction of a relayed connection: what the source socket reads is written to the
// destination socket, in order, shaped by the direction's faults (read on every piece, so they
// can change while the connection runs). Backpressure passes through: while the destination's
// write() answers false, or too much waits here (latency, a bandwidth limit, hold), the source
// is paused, so the sender's own write() comes to answer false. The source's FIN becomes end()
// on the destination once everything before it has been written.
class RelayPipe final : public QObject
{
    Q_OBJECT
public:
    // Bytes waiting in the pipe (not yet written to the destination) that pause the source.
    static constexpr qint64 PendingLimit = 1024 * 1024;

    RelayPipe(netcore::Socket *source, netcore::Socket *destination, const DirectionFaults *faults,
              QObject *parent = nullptr);

    // Starts forwarding (and resumes the source). Call once both sockets are connected.
    void start();
    // Forwards nothing more; what arrives from now on is read and dropped.
    void stop();
    // The faults changed: forward what they now allow.
    void pump();

    qint64 forwardedBytes() const { return m_forwarded; }
    qint64 droppedBytes() const { return m_dropped; }
    qint64 pendingBytes() const { return m_pendingBytes; }
    bool isHolding() const;

Q_SIGNALS:
    // rstAfterBytes was reached: the connection resets both legs.
    void resetRequested();
    // cutAfterBytes was reached: the destination got exactly that many bytes and its end();
    // the connection closes the rest.
    void cutReached();

private:
    struct Chunk
    {
        QByteArray data;
        qint64 offset = 0;
        double arrivedMs = 0;
    };

    void onData(const QByteArray &data);
    void onSourceEnded();
    void onDrained();
    double nowMs() const;
    // How long until the front chunk may go (latency, bandwidth, piece pause); 0 when now.
    double waitMs(double now) const;
    qint64 nextPieceSize();
    // The bytes the next one-shot fault allows before it fires; -1 when none is pending.
    qint64 bytesToNextLimit() const;
    QByteArray takePiece(qint64 maxSize, double now);
    void forward(const QByteArray &piece, double now);
    void forwardEnd();
    // Fires the one-shot faults whose byte count is reached; true when forwarding stops.
    bool fireLimits();
    void injectFin();
    void updateSourceFlow();

    QPointer<netcore::Socket> m_source;
    QPointer<netcore::Socket> m_destination;
    const DirectionFaults *m_faults;
    std::deque<Chunk> m_pending;
    qint64 m_pendingBytes = 0;
    qint64 m_forwarded = 0;
    qint64 m_dropped = 0;
    qint64 m_pieceSize = 0;  // the size drawn for the next piece (re-chunking); 0: not drawn
    double m_nextSendMs = 0; // bandwidth and piece pauses: nothing goes before this
    double m_endArrivedMs = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_started = false;
    bool m_waitingForDrain = false;
    bool m_sourceEnded = false;
    bool m_endForwarded = false;
    bool m_dropping = false; // FIN injected, cut or stopped: nothing more is forwarded
};

} // namespace session
