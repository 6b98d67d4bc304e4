#pragma once

#include "session/endpointspec.h"

#include "trace/tracerecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace trace {
class TraceRecorder;
}

namespace gui {

// File > Export as Script: the calls made in the window become a Node-style script that makes
// them again, with the same gaps between them (a chain of setTimeout()), and prints every
// event as "<endpoint> <event>", so the same file runs under `node` and under `netbench run`
// and both tell the same story.
//
// Endpoints are named after the window's ids: server1 for a listener, client2 for a client,
// socket3 for a connection a listener accepted (reached through its server's 'connection'
// event; a call on it waits until it has been accepted). A client that connected to one of
// the window's listeners connects to that server's port in the script, so listen(0) works.
// The script keeps the times, not the causes: a call the window made in reaction to an event
// (a reply once data arrived) may, when it followed within a millisecond or two, come before
// that event in a replay. Calls of one turn of the window's loop run in one step.
// After the last call the servers are unref()'d, and a second later the sockets still open,
// so the script exits once the replayed conversation is over, whatever the window left open.
struct ScriptExportInput
{
    QList<trace::TraceRecord> records; // the session, in seq order (others are ignored)
    QSet<quint64> ownEndpoints;        // made by the window, or accepted by its listeners
    // The window's specs in the order it made them: the i-th listener record is listeners[i].
    QList<session::ListenerSpec> listeners;
    QList<session::ClientSpec> clients;
    // A write's bytes, by socket and seq; std::nullopt when the transcript did not keep them.
    std::function<std::optional<QByteArray>(quint64 id, quint64 seq)> payload;
    QString title; // first comment line
    // Records the recorder's ring no longer holds: the calls among them are missing.
    quint64 droppedRecords = 0;
};

struct ScriptExport
{
    QString script;
    QStringList warnings; // what the script cannot do as the window did
};

ScriptExport exportScript(const ScriptExportInput &input);

// ScriptExportInput::payload from the recorder's transcripts (each read once, when first
// asked for). Valid while recorder is.
std::function<std::optional<QByteArray>(quint64 id, quint64 seq)>
writtenBytesFrom(const trace::TraceRecorder &recorder);

} // namespace gui
