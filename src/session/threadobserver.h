#pragma once

#include "threadinbox.h"

#include "net/netobserver.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace trace {
class TraceRecorder;
}

namespace session {

class EndpointRegistry;

// The NetObserver of one netcore thread of the window (the engine thread, the script thread):
// every record goes to the shared recorder, and an endpoint seen for the first time is put in
// the registry with the thread's inbox, so the window can control it. Accepted sockets are
// registered as their server accepts them, before they record anything. Made, used and
// deleted on the observed thread.
class ThreadObserver final : public netcore::NetObserver
{
public:
    using Appeared = std::function<void(quint64 id, netcore::EndpointKind kind, quint64 parentId)>;

    ThreadObserver(trace::TraceRecorder &recorder, EndpointRegistry &registry, QObject *context,
                   Appeared appeared);
    ~ThreadObserver();

    // On the observed thread.
    void install();
    void uninstall();

    void observe(const netcore::NetRecord &record) override;
    void adopt(QObject *object, quint64 id, netcore::EndpointKind kind, quint64 parentId = 0);

private:
    trace::TraceRecorder &m_recorder;
    EndpointRegistry &m_registry;
    QObject *m_context;
    Appeared m_appeared;
    ThreadInbox m_inbox; // commands for this thread's endpoints
    // The endpoints of this thread already registered: checked for every record, so without
    // the registry's lock. An endpoint leaves both when its object is deleted.
    QSet<quint64> m_known;
    // The context of those removals: they end with this observer, whichever goes first.
    QObject m_removals;
};

} // namespace session
