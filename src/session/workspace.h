#pragma once

#include "endpointspec.h"
#include "messagelibrary.h"
#include "relayspec.h"

#include <QList>
#include <QString>

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

    QByteArray toJson() const;
    // false with a readable *error for anything that is not a workspace of a known version.
    static bool fromJson(const QByteArray &json, Workspace *workspace, QString *error);

    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, Workspace *workspace, QString *error);
};

} // namespace session
