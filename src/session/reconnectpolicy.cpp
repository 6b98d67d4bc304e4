#include "reconnectpolicy.h"

#include "net/netobserver.h"
#include "net/socket.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace session {

namespace {

constexpr int MaxDelayLimitMs = 24 * 60 * 60 * 1000; // a day: beyond it nobody is waiting
constexpr double MaxBackoffFactor = 100.0;

} // namespace

int ReconnectPolicy::delayBeforeAttempt(int attempt) const
{
    if (initialDelayMs <= 0)
        return 0; // never grows (and 0 times an infinite power would be NaN)
    const int cap = std::max(maxDelayMs, initialDelayMs);
    // pow() reaches infinity for long runs; the cap was reached long before.
    const double grown = initialDelayMs * std::pow(backoffFactor, std::max(0, attempt - 1));
    return grown < cap ? int(grown) : cap;
}

QString ReconnectPolicy::validationError() const
{
    if (initialDelayMs < 0 || initialDelayMs > MaxDelayLimitMs)
        return QCoreApplication::translate("session::ReconnectPolicy",
                                           "the reconnect delay must be 0 to %1 ms")
                .arg(MaxDelayLimitMs);
    if (!(backoffFactor >= 1.0 && backoffFactor <= MaxBackoffFactor))
        return QCoreApplication::translate("session::ReconnectPolicy",
                                           "the backoff factor must be 1 to %1")
                .arg(MaxBackoffFactor);
    if (maxDelayMs < initialDelayMs || maxDelayMs > MaxDelayLimitMs)
        return QCoreApplication::translate(
                       "session::ReconnectPolicy",
                       "the longest reconnect delay must be from the first delay to %1 ms")
                .arg(MaxDelayLimitMs);
    if (maxAttempts < 0)
        return QCoreApplication::translate(
                "session::ReconnectPolicy",
                "the number of reconnect attempts cannot be negative (0: no limit)");
    return {};
}

QJsonObject ReconnectPolicy::toJson() const
{
    return {{u"enabled"_s, enabled},
            {u"delayMs"_s, initialDelayMs},
            {u"backoff"_s, backoffFactor},
            {u"maxDelayMs"_s, maxDelayMs},
            {u"maxAttempts"_s, maxAttempts}};
}

ReconnectPolicy ReconnectPolicy::fromJson(const QJsonObject &json)
{
    ReconnectPolicy policy;
    policy.enabled = json.value(u"enabled"_s).toBool(policy.enabled);
    policy.initialDelayMs
            = std::clamp(json.value(u"delayMs"_s).toInt(policy.initialDelayMs), 0, MaxDelayLimitMs);
    const double factor = json.value(u"backoff"_s).toDouble(policy.backoffFactor);
    policy.backoffFactor = std::isfinite(factor) ? std::clamp(factor, 1.0, MaxBackoffFactor) : 1.0;
    policy.maxDelayMs = std::clamp(json.value(u"maxDelayMs"_s).toInt(policy.maxDelayMs),
                                   policy.initialDelayMs, MaxDelayLimitMs);
    policy.maxAttempts = std::max(0, json.value(u"maxAttempts"_s).toInt(policy.maxAttempts));
    return policy;
}

Reconnector::Reconnector(const ReconnectPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { Q_EMIT attemptDue(m_attempt); });
}

bool Reconnector::isWaiting() const
{
    return m_timer->isActive();
}

void Reconnector::connected()
{
    m_attempt = 0;
}

void Reconnector::closed()
{
    if (m_stopped || m_timer->isActive())
        return;
    if (!m_policy.allowsAttempt(m_attempt + 1)) {
        if (m_policy.enabled)
            Q_EMIT gaveUp(m_attempt);
        return;
    }
    ++m_attempt;
    ++m_totalAttempts;
    const int delay = m_policy.delayBeforeAttempt(m_attempt);
    m_timer->start(delay);
    Q_EMIT attemptScheduled(m_attempt, delay);
}

void recordReconnect(netcore::Socket *socket, quint64 previousId, int attempt, int delayMs)
{
    netcore::notifyObserver(socket, socket->id(), netcore::EndpointKind::Socket,
                            netcore::NetEvent::ReconnectCall, [&](netcore::NetRecord &record) {
                                record.internal = true;
                                record.relatedId = previousId;
                                record.value = attempt;
                                record.extra = delayMs;
                            });
}

void Reconnector::stop()
{
    m_stopped = true;
    m_timer->stop();
}

} // namespace session
