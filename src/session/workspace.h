#pragma once

#include "endpointspec.h"
#include "messagelibrary.h"
#include "relayspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace session {

// What File > Save workspace keeps: the listeners and clients made in the window, with every
// setting, so File > Open workspace makes them again. Stored as JSON:
//   {"format":"netbench-workspace","version":1,"listeners":[...],"clients":[...],
//    "relays":[...],"messages":[...]}   (messages: the Saved Messages of the workspace, as
//    MessageLibrary writes them; relays: listen side, target, connect timeout and faults)
struct Workspace
{
    // Far more than any workspace needs; a larger file is refused unread.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    QList<ListenerSpec> listeners;
    QList<ClientSpec> clients;
    QList<RelaySpec> relays;
    MessageLibrary messages;
    // Read, not saved: what fromJson() found unusable, each naming the entry and the field
    // ("Listener 2 (port 70000): ..."). The rest of the file is read all the same; an entry
    // with an unusable address is kept and fails when opened (it never listens or connects
    // somewhere else), a rule that cannot answer is kept off and saved back as written.
    QStringList problems;

    QByteArray toJson() const;
    // false with a readable *error for anything that is not a workspace of a known version.
    static bool fromJson(const QByteArray &json, Workspace *workspace, QString *error);

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, Workspace *workspace, QString *error);
};

} // namespace session
