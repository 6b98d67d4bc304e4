#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QTimer;

namespace netcore {
class Socket;
}

namespace session {

// How a client that stays up tries again after its connection failed or closed: the first
// reconnect waits initialDelayMs, each further one backoffFactor times longer, never more than
// maxDelayMs; after maxAttempts reconnects in a row without a connection it gives up (0: never).
// A connection that opens starts the count afresh.
struct ReconnectPolicy
{
    bool enabled = false;
    int initialDelayMs = 1000;
    double backoffFactor = 2.0;
    int maxDelayMs = 30000;
    int maxAttempts = 0;

    // The wait before reconnect attempt `attempt` (1 for the first after a close).
    int delayBeforeAttempt(int attempt) const;
    bool allowsAttempt(int attempt) const
    {
        return enabled && attempt >= 1 && (maxAttempts == 0 || attempt <= maxAttempts);
    }
    // What is wrong with the numbers, in the user's words; empty when they are usable.
    QString validationError() const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; out-of-range values are clamped into range.
    static ReconnectPolicy fromJson(const QJsonObject &json);

    friend bool operator==(const ReconnectPolicy &, const ReconnectPolicy &) = default;
};

// Schedules the reconnects of one client on its thread's event loop. The owner reports each
// connection that opened (connected()) and each close (closed()); the reconnector answers with
// attemptDue() once the policy's delay has passed, when the owner connects again, or with
// gaveUp() when the limit is reached. stop() (the user destroyed the client) cancels a pending
// attempt, and nothing is emitted after it.
class Reconnector final : public QObject
{
    Q_OBJECT
public:
    explicit Reconnector(const ReconnectPolicy &policy, QObject *parent = nullptr);

    const ReconnectPolicy &policy() const { return m_policy; }
    void connected();
    void closed();
    void stop();

    bool isStopped() const { return m_stopped; }
    bool isWaiting() const;
    // Reconnects made (or scheduled) since a connection last opened.
    int attempt() const { return m_attempt; }
    // Reconnects over the client's whole life.
    int totalAttempts() const { return m_totalAttempts; }

Q_SIGNALS:
    // From inside closed(): attempt `attempt` follows after delayMs.
    void attemptScheduled(int attempt, int delayMs);
    void attemptDue(int attempt);
    // From inside closed(), when the limit was reached: `attempts` reconnects in a row found no
    // connection.
    void gaveUp(int attempts);

private:
    ReconnectPolicy m_policy;
    QTimer *m_timer;
    int m_attempt = 0;
    int m_totalAttempts = 0;
    bool m_stopped = false;
};

// The trace's `reconnect` record on socket, the new socket of attempt `attempt` in place of
// previousId, made before its connect() call so the stream reads in order.
void recordReconnect(netcore::Socket *socket, quint64 previousId, int attempt, int delayMs);

} // namespace session
