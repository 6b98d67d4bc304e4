#pragma once

#include "replyrule.h"

#include "net/options.h"
#include "reconnectpolicy.h"
#include "savedentry.h"

#include <QString>

namespace session {

// What a listener does with each connection it accepts, without code.
enum class AutoReply { None, Echo, Discard };

// Everything the New listener dialog asks for; the engine turns it into a netcore::Server.
struct ListenerSpec
{
    netcore::ListenOptions listen; // tcp(port, host) or unixPath(path); backlog, exclusive
    netcore::ServerOptions server; // allowHalfOpen, pauseOnConnect
    int maxConnections = -1;       // -1: no limit
    AutoReply autoReply = AutoReply::None;
    ReplyRuleSet replyRules; // when not empty, these answer each connection (not autoReply)
    SavedEntry saved;        // opened from a workspace: the file's text of it
};

// Everything the New client dialog asks for; the engine turns it into a connecting Socket.
struct ClientSpec
{
    netcore::ConnectOptions connect; // port+host or path, family, local address/port, timeout,
                                     // noDelay, keepAlive + initial delay
    bool allowHalfOpen = false;
    QString encoding; // empty: data as bytes; else a Node encoding name
    // The listener of the same workspace it connects to (an index into its listeners): opened
    // again, the client follows that listener to wherever it listens then. -1: the target.
    int listener = -1;
    int connections = 1;       // "Open N connections": each its own socket
    ReconnectPolicy reconnect; // off unless enabled
    ReplyRuleSet replyRules;   // answer what the server sends
    SavedEntry saved;          // opened from a workspace: the file's text of it
};

QString autoReplyName(AutoReply reply);           // "none", "echo", "discard"
AutoReply autoReplyFromName(const QString &name); // unknown names: None

} // namespace session
