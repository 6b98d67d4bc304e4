#pragma once

#include "endpointsnapshot.h"
#include "endpointspec.h"

#include "net/netobserver.h"
#include "trace/tracerecorder.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace netcore {
class Server;
class Socket;
}

namespace gui {

class FileSender;

// The network side of the window. Lives on the engine thread (EngineThread moves it there):
// every netcore object the window or a script creates, the recorder that sees all their events
// and calls, and a script run when there is one. The GUI calls it only through
// EngineThread::post(); what it has to say comes back as queued signals.
//
// It is the thread's NetObserver: records go to the recorder, and the first record of an
// endpoint tells the engine which object it is, so endpoints made by a script or accepted by a
// server can be inspected and controlled like the window's own.
class Engine final : public QObject, private netcore::NetObserver
{
    Q_OBJECT
public:
    explicit Engine(const trace::RecorderOptions &options = {}, QObject *parent = nullptr);
    ~Engine() override;

    // Its read functions are thread-safe: the GUI pulls records and transcripts from it.
    const trace::TraceRecorder &recorder() const { return m_recorder; }

    // ---- commands; call them on the engine thread. Refused calls emit commandFailed() and
    // show up in the event stream as Node would record them.
    void createListener(const ListenerSpec &spec);
    void createClient(const ClientSpec &spec);
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
    void setEncoding(quint64 id, const QString &encoding); // empty: back to bytes is not Node's;
                                                          // refused
    void setSendBufferSize(quint64 id, int bytes);
    void setReceiveBufferSize(quint64 id, int bytes);
    void closeServer(quint64 id);
    void setMaxConnections(quint64 id, int max);
    void setReferenced(quint64 id, bool referenced); // ref() / unref()
    void removeEndpoint(quint64 id);                 // forgets a closed endpoint
    void closeAll();                                 // destroy every socket, close every server

    // Sends a file with backpressure (write() until it returns false, then wait for 'drain').
    void sendFile(quint64 id, const QString &path, bool endAfter);
    void cancelFileSend(quint64 id);

    // Reads the endpoint's state; answers with snapshotReady().
    void requestSnapshot(quint64 id);

    // Runs a Node-style script on this thread (nested loop); returns when it ends.
    // stopScript() may be called from any thread.
    void runScript(const QString &path, const QStringList &arguments);
    void stopScript();
    bool isScriptRunning() const { return m_scriptRunning.load(); }

    // Counts for the status bar (engine thread).
    int liveEndpointCount() const;

    netcore::Server *server(quint64 id) const;
    netcore::Socket *socket(quint64 id) const;

Q_SIGNALS:
    // A server or socket the engine has not seen before: made by the window, by a script, or
    // accepted (parentId: the server).
    void endpointAppeared(quint64 id, netcore::EndpointKind kind, quint64 parentId);
    void commandFailed(quint64 id, const QString &message);
    void snapshotReady(const gui::EndpointSnapshot &snapshot);
    void fileSendProgress(quint64 id, qint64 sent, qint64 total);
    void fileSendFinished(quint64 id, const QString &error); // empty: all sent
    void scriptOutput(bool isError, const QByteArray &bytes);
    void scriptStarted(const QString &path);
    void scriptFinished(int exitCode);

private:
    void observe(const netcore::NetRecord &record) override;
    void adopt(QObject *object, quint64 id, netcore::EndpointKind kind, quint64 parentId);
    void applyAutoReply(netcore::Socket *socket, AutoReply reply);
    void fail(quint64 id, const QString &message);
    template<typename Fn> void withSocket(quint64 id, Fn &&fn);
    template<typename Fn> void withServer(quint64 id, Fn &&fn);

    trace::TraceRecorder m_recorder;
    QHash<quint64, QPointer<QObject>> m_endpoints;
    QHash<quint64, AutoReply> m_autoReplies; // servers made by the window
    QHash<quint64, FileSender *> m_fileSenders;
    std::atomic<bool> m_scriptRunning = false;
    struct ScriptStop;
    std::shared_ptr<ScriptStop> m_scriptStop;
};

} // namespace gui
