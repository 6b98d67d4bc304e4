#pragma once

#include "endpointtreemodel.h"

#include "net/netobserver.h"
#include "trace/tracerecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gui {

// What one thing means, said for people learning TCP and IPC.
struct Explanation
{
    QString title;     // "Event 'end'", "ECONNREFUSED", "State: readOnly", "SO_SNDBUF"
    QString brief;     // one line, for tooltips
    QString paragraph; // what happened, what the peer sees, what usually causes it, what to try
    QUrl link;         // the section of Node's documentation (a man page for kernel fields)
};

// The one table of explanations: every event and call (netcore::NetEvent), every error code
// netbench reports (errorcodes.def, the errnos and resolver codes of neterror.cpp), every state
// the window shows and every value of the inspector. Texts are translated in the context
// "gui::Explanations"; codes and names are not. A lookup that finds nothing returns nullopt,
// which tests use to prove the table complete.
class Explanations final
{
    Q_DECLARE_TR_FUNCTIONS(gui::Explanations)
public:
    // kind: a server's 'close', 'error', ref() and unref() have their own explanations.
    static std::optional<Explanation>
    event(netcore::NetEvent event, netcore::EndpointKind kind = netcore::EndpointKind::Socket);
    // "ECONNREFUSED", "ENOTFOUND", "ERR_SOCKET_BAD_PORT", ...
    static std::optional<Explanation> error(const QString &code);
    // socket.readyState as Node names it: "opening", "open", "readOnly", "writeOnly", "closed".
    static std::optional<Explanation> readyState(const QString &name);
    // A row of the endpoint tree; every State has one.
    static std::optional<Explanation> state(EndpointTreeModel::State state);
    // What write()'s return value means (write records carry it).
    static std::optional<Explanation> writeResult(bool accepted);
    // The kernel's TCP state as the inspector names it: "ESTABLISHED", "CLOSE_WAIT", ...
    static std::optional<Explanation> tcpState(const QString &name);
    // An inspector value, by the objectName of its label ("sendBufferValue").
    static std::optional<Explanation> field(const QString &objectName);

    // For an error without an entry of its own (a rare errno): says what is known.
    static Explanation unknownError(const QString &code);

    // The one-line meanings of a record: its event or call, then its error if it carries one.
    static QString recordBrief(const trace::TraceRecord &record);
};

} // namespace gui
