#pragma once

#include "endpointsnapshot.h"
#include "endpointspec.h"
#include "relayspec.h"
#include "replyrules.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace netcore {
class Server;
class Socket;
} // namespace netcore

namespace trace {
class TraceRecorder;
}

namespace session {

class EndpointRegistry;
class FileSender;
class Reconnector;
class Relay;
class ThreadObserver;

// The network side of the window. Lives on the engine thread (EngineThread moves it there)
// and makes the window's servers and clients there. Commands on an endpoint run on the thread
// of that endpoint, which for a script's endpoints is the script thread: the registry posts
// them. Answers come back as signals (queued to the GUI).
//
// Call everything through EngineThread::post(). Refused calls emit commandFailed() and, as in
// Node, show up in the event stream.
class Engine final : public QObject
{
    Q_OBJECT
public:
    Engine(trace::TraceRecorder &recorder, EndpointRegistry &registry, QObject *parent = nullptr);
    ~Engine() override;

    // On the engine thread, once, before any command: records this thread's endpoints.
    void attachToThread();
    void detachFromThread(); // closes everything first

    void createListener(const ListenerSpec &spec);
    // A client linked to a listener (ClientSpec::listener, as a workspace saves it) connects to
    // wherever that listener listens now, once it does; a client given the address of a
    // listener made here is linked to it (clientLinked()). Clients start in the order asked.
    void createClient(const ClientSpec &spec);
    // A relay: its server is an endpoint (relayCreated() gives its id), every client it accepts
    // and that client's target leg are endpoints too (relayLegsPaired()).
    void createRelay(const RelaySpec &spec);
    // Applies at once, to the connections already open too.
    void setRelayFaults(quint64 relayId, const RelayFaults &faults);
    void requestRelayCounts(quint64 relayId); // answers with relayCountsReady()
    // Auto-reply rules of a listener made here (for the connections it has open, from their
    // next message, and those it accepts from now on) or of a client socket (replacing its
    // rules); an empty set removes them. Answers with
    // replyRulesAttached(), or commandFailed() for a rule that does not compile.
    void setReplyRules(quint64 id, const session::ReplyRuleSet &rules);

    void write(quint64 id, const QByteArray &bytes);
    void end(quint64 id);
    void destroy(quint64 id);
    void destroyWithError(quint64 id, const QString &message); // destroy(new Error(message))
    void resetAndDestroy(quint64 id);
    void pause(quint64 id);
    void resume(quint64 id);
    void setNoDelay(quint64 id, bool noDelay);
    void setKeepAlive(quint64 id, bool enable, int initialDelayMs);
    void setTimeout(quint64 id, qint64 ms);
    void setEncoding(quint64 id, const QString &encoding);
    void setSendBufferSize(quint64 id, int bytes);
    void setReceiveBufferSize(quint64 id, int bytes);
    void closeServer(quint64 id);
    void setMaxConnections(quint64 id, int max);
    void setReferenced(quint64 id, bool referenced); // ref() / unref()
    void closeAll(); // the window's own: destroy every socket, close every server
    // The window removed these endpoints (Remove Closed): those the engine made or accepted
    // are deleted, at once when closed or else once they close, and with them their registry
    // entry, responder and rules, so "open N connections" or a busy listener leaves nothing
    // behind. A relay's and a script's endpoints are theirs to delete and are left alone.
    void forgetEndpoints(const QList<quint64> &ids);

    // Sends a file with backpressure (write() until it returns false, then wait for 'drain').
    // fileSendFinished() follows, always: also when the socket is gone or the file refused.
    void sendFile(quint64 id, const QString &path, bool endAfter);
    void cancelFileSend(quint64 id);

    // Reads the endpoint's state on its thread; answers with snapshotReady().
    void requestSnapshot(quint64 id);

Q_SIGNALS:
    // Client number clientIndex (counting createClient() calls, as the window's workspace
    // lists its clients) connects to listener number listenerIndex (counting
    // createListener() calls), at target: a saved workspace keeps the link, so opening it
    // never sends the client to a port its listener no longer has.
    void clientLinked(int clientIndex, int listenerIndex, const netcore::ConnectOptions &target);
    // A server or socket seen for the first time: made by the window, by a script, or accepted
    // (parentId: the server). Emitted on the thread that runs it.
    void endpointAppeared(quint64 id, netcore::EndpointKind kind, quint64 parentId);
    void commandFailed(quint64 id, const QString &message);
    void snapshotReady(const session::EndpointSnapshot &snapshot);
    void fileSendProgress(quint64 id, qint64 sent, qint64 total);
    void fileSendFinished(quint64 id, const QString &error); // empty: all sent
    void relayCreated(quint64 relayId, const session::RelaySpec &spec);
    // A client accepted by the relay (clientLegId) and its own connection to the target.
    void relayLegsPaired(quint64 relayId, quint64 clientLegId, quint64 targetLegId);
    void relayCountsReady(quint64 relayId, const session::RelayCounts &counts);
    // A client that stays up (ClientSpec::reconnect) closed: attempt `attempt` (of at most
    // maxAttempts in a row; 0: no limit) follows after delayMs, and then starts as a new socket
    // (newId) in place of the closed one.
    void reconnectScheduled(quint64 closedId, int attempt, int delayMs, int maxAttempts);
    void reconnectStarted(quint64 previousId, quint64 newId, int attempt);
    // The rules now answering endpoint id (null: none); their hit counts may be read from any
    // thread.
    void replyRulesAttached(quint64 id, std::shared_ptr<session::ReplyRules> rules);

private:
    struct WaitingClient
    {
        int index = 0;
        ClientSpec spec;
    };
    void startWaitingClients();
    void startClient(const ClientSpec &spec);
    int listenerAt(const netcore::ConnectOptions &target) const;
    netcore::Socket *openClient(const ClientSpec &spec,
                                const std::function<void(netcore::Socket *)> &beforeConnect = {});
    void keepClientUp(const ClientSpec &spec);
    void stopReconnecting(quint64 id);
    // On the endpoint's thread: deletes it if it is this engine's, once it is closed.
    void releaseWhenClosed(netcore::Server *server);
    void releaseWhenClosed(netcore::Socket *socket);
    void socketCommand(quint64 id, std::function<void(netcore::Socket *)> fn);
    void serverCommand(quint64 id, std::function<void(netcore::Server *)> fn);
    void reportError(quint64 id, const netcore::NetError &error);
    // Compiled rules, or null (reported with commandFailed() when they do not compile).
    std::shared_ptr<ReplyRules> compileReplyRules(quint64 id, const ReplyRuleSet &set);
    void answerSocketByRules(netcore::Socket *socket, std::shared_ptr<ReplyRules> rules);
    void answerOpenConnectionsByRules(quint64 listenerId, const std::shared_ptr<ReplyRules> &rules);
    void startFileSend(netcore::Socket *socket, quint64 id, const QString &path, bool endAfter);

    trace::TraceRecorder &m_recorder;
    EndpointRegistry &m_registry;
    std::unique_ptr<ThreadObserver> m_observer;
    QMutex m_fileSendersMutex; // a script's sockets send from the script thread
    // A client that stays up, and what its next socket is made from: the spec it was created
    // with, and the rules as the user edited them since.
    struct KeptUpClient
    {
        Reconnector *reconnector = nullptr;
        std::shared_ptr<ClientSpec> spec;
    };
    QHash<quint64, KeptUpClient> m_reconnectors; // by the id of the socket each follows now
    QHash<quint64, FileSender *> m_fileSenders;  // by socket id, until each one has finished
    QHash<quint64, QPointer<Relay>> m_relays;    // by their server's id; engine thread only
    // Every listener made here, with the rules its next connections get (or null); engine
    // thread only.
    QHash<quint64, std::shared_ptr<ReplyRules>> m_listenerRules;
    QHash<quint64, AutoReply> m_listenerPresets; // what answers without rules; engine thread
    // Engine thread only: the listeners made by createListener() in order (what
    // ClientSpec::listener counts), how many clients were asked for, and those not started
    // yet because a client before them waits for its listener to listen.
    QList<QPointer<netcore::Server>> m_madeListeners;
    int m_madeClients = 0;
    QList<WaitingClient> m_waitingClients;
};

// A snapshot of an endpoint, on its own thread.
EndpointSnapshot snapshotOf(const netcore::Server &server);
EndpointSnapshot snapshotOf(const netcore::Socket &socket);

} // namespace session
