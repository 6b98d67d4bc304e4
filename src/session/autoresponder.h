#pragma once

#include "replyrules.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

namespace netcore {
class Socket;
}

namespace session {

// Answers one socket by rules: cuts what it receives into messages (ReplyFraming), asks the
// rules for a reply to each, and writes the replies in the order of the messages that asked
// for them (a delayed reply holds back those after it). A rule's end or reset acts once its
// reply is written; from the moment such a rule matches, later messages get no reply.
//
// Bytes are never lost to framing: a message split across chunks is put together first; a
// frame longer than MaxFrameBytes is matched as it is once it reaches that size; when the peer
// ends, what is left after the last delimiter is matched as a last message. Then, with
// endAfterPeer (the default), our side ends once the replies due have been written, as echo
// does (without allowHalfOpen netcore ends it at once, as Node does, and later replies fail).
//
// While the socket's write() answers false, it is paused until 'drain'. Lives on the socket's
// thread, as a child of it.
class AutoResponder final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxFrameBytes = 1024 * 1024;

    AutoResponder(netcore::Socket *socket, std::shared_ptr<ReplyRules> rules);

    void setEndAfterPeer(bool end) { m_endAfterPeer = end; }
    // New rules (a listener's edited set) answer from the next message on; what is already
    // received but not framed yet is framed by the new rules, replies already due still go.
    void setRules(std::shared_ptr<ReplyRules> rules);
    const ReplyRules &rules() const { return *m_rules; }

Q_SIGNALS:
    // A reply was handed to the socket (before its end or reset, if the rule asked for one).
    void replied(int rule, const QByteArray &bytes);

private:
    struct Pending
    {
        ReplyRules::Reply reply;
        double dueMs = 0;
    };

    void onData(const QByteArray &chunk);
    void onPeerEnded();
    void takeMessages();
    void answer(const QByteArray &message);
    void sendDue();
    void send(const ReplyRules::Reply &reply);
    void endIfDone();
    double nowMs() const;

    QPointer<netcore::Socket> m_socket;
    std::shared_ptr<ReplyRules> m_rules;
    QByteArray m_buffer; // received bytes not yet framed into a message
    std::deque<Pending> m_pending;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_endAfterPeer = true;
    bool m_peerEnded = false;
    bool m_closing = false; // a rule with end or reset matched: no more replies
    bool m_pausedForDrain = false;
};

} // namespace session
