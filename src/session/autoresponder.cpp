#include "autoresponder.h"

#include "net/neterror.h"
#include "net/socket.h"

#include <cmath>
#include <utility>

using netcore::Socket;

namespace session {

AutoResponder::AutoResponder(Socket *socket, std::shared_ptr<ReplyRules> rules)
    : QObject(socket)
    , m_socket(socket)
    , m_rules(std::move(rules))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoResponder::sendDue);
    connect(socket, &Socket::dataReceived, this, &AutoResponder::onData);
    // With setEncoding() the socket hands out text: the rules see it as UTF-8.
    connect(socket, &Socket::textReceived, this,
            [this](const QString &text) { onData(text.toUtf8()); });
    connect(socket, &Socket::ended, this, &AutoResponder::onPeerEnded);
    connect(socket, &Socket::drained, this, [this] {
        if (m_pausedForDrain && m_socket && !m_socket->isDestroyed())
            m_socket->resume();
        m_pausedForDrain = false;
    });
}

void AutoResponder::setRules(std::shared_ptr<ReplyRules> rules)
{
    m_rules = std::move(rules);
    if (m_closing || m_buffer.isEmpty())
        return;
    if (m_rules->framing().kind == ReplyFraming::Kind::Chunk) {
        const QByteArray rest = std::exchange(m_buffer, {});
        answer(rest);
    } else {
        takeMessages();
    }
}

double AutoResponder::nowMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void AutoResponder::onData(const QByteArray &chunk)
{
    if (m_closing)
        return;
    if (m_rules->framing().kind == ReplyFraming::Kind::Chunk) {
        answer(chunk);
        return;
    }
    m_buffer += chunk;
    takeMessages();
}

// Every complete message in the buffer, and pieces of MaxFrameBytes of a frame that outgrew it.
void AutoResponder::takeMessages()
{
    const ReplyFraming &framing = m_rules->framing();
    const QByteArray delimiter
            = framing.kind == ReplyFraming::Kind::Line ? QByteArray("\n") : framing.delimiter;
    qsizetype from = 0;
    while (!m_closing) {
        const qsizetype at = m_buffer.indexOf(delimiter, from);
        if (at < 0 || at - from > MaxFrameBytes) {
            if (m_buffer.size() - from < MaxFrameBytes)
                break;
            answer(m_buffer.mid(from, MaxFrameBytes));
            from += MaxFrameBytes;
            continue;
        }
        qsizetype length = at - from;
        if (framing.kind == ReplyFraming::Kind::Line && length > 0 && m_buffer[at - 1] == '\r')
            --length;
        answer(m_buffer.mid(from, length));
        from = at + delimiter.size();
    }
    m_buffer.remove(0, from);
}

void AutoResponder::onPeerEnded()
{
    m_peerEnded = true;
    if (!m_buffer.isEmpty() && !m_closing) // a last line without its newline still counts
        answer(m_buffer);
    m_buffer.clear();
    endIfDone();
}

void AutoResponder::answer(const QByteArray &message)
{
    std::optional<ReplyRules::Reply> reply = m_rules->answer(message);
    if (!reply)
        return;
    if (reply->after != ReplyRule::After::Nothing)
        m_closing = true;
    m_pending.push_back({std::move(*reply), nowMs() + double(reply->delayMs)});
    sendDue();
}

void AutoResponder::sendDue()
{
    while (!m_pending.empty()) {
        const double wait = m_pending.front().dueMs - nowMs();
        if (wait > 0) {
            m_timer.start(int(std::ceil(wait)));
            return;
        }
        const ReplyRules::Reply reply = std::move(m_pending.front().reply);
        m_pending.pop_front();
        send(reply);
    }
    endIfDone();
}

void AutoResponder::send(const ReplyRules::Reply &reply)
{
    if (!m_socket || m_socket->isDestroyed() || !m_socket->isWritable())
        return;
    Q_EMIT replied(reply.rule, reply.bytes);
    switch (reply.after) {
    case ReplyRule::After::Nothing:
        if (!m_socket->write(reply.bytes) && !m_socket->isPaused()) {
            m_socket->pause();
            m_pausedForDrain = true;
        }
        return;
    case ReplyRule::After::End: m_socket->end(reply.bytes); return;
    case ReplyRule::After::Reset:
        // Reset once the kernel has taken the reply: a reset drops what is still queued.
        m_socket->write(reply.bytes, [socket = m_socket](const netcore::NetError &) {
            if (socket && !socket->isDestroyed())
                socket->resetAndDestroy();
        });
        return;
    }
}

void AutoResponder::endIfDone()
{
    if (m_peerEnded && m_endAfterPeer && m_pending.empty() && m_socket && m_socket->isWritable())
        m_socket->end();
}

} // namespace session
