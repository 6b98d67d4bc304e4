#pragma once

#include "connectionpeers.h"
#include "session/endpointspec.h"
#include "session/relayspec.h"
#include "session/replyrules.h"
#include "session/workspace.h"
#include "userprompts.h"

#include "trace/tracerecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>

class QDockWidget;
class QStackedWidget;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace session {
class EngineThread;
}

namespace gui {

class ComposerWidget;
class SavedMessagesWidget;
class ConversationWidget;
class EndpointTreeModel;
class EventFeed;
class EventStreamWidget;
class FontZoom;
class InspectorWidget;
class RelayPanel;
struct Preferences;
class ScriptConsoleWidget;
class SequenceDiagramWidget;
class StatusText;
class TraceReviewWindow;
class WindowLayouts;

// The workbench window: endpoints on the left, the live event stream in the middle, the
// inspector and the conversation on the right, the composer and the script console below.
// It owns the engine thread; every panel reads the same recorder.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the modal questions (tests answer them in advance).
    void setPrompts(const UserPrompts &prompts);

    session::EngineThread *engineThread() const { return m_engine.get(); }
    EndpointTreeModel *endpointModel() const { return m_endpointModel; }
    EventStreamWidget *eventStream() const { return m_eventStream; }
    InspectorWidget *inspector() const { return m_inspector; }
    ComposerWidget *composer() const { return m_composer; }
    SavedMessagesWidget *savedMessages() const { return m_savedMessages; }
    ConversationWidget *conversation() const { return m_conversation; }
    // The other end of the selected connection (peerConversationDock).
    ConversationWidget *peerConversation() const { return m_peerConversation; }
    ScriptConsoleWidget *scriptConsole() const { return m_scriptConsole; }
    SequenceDiagramWidget *sequenceDiagram() const { return m_sequence; }
    QTreeView *endpointView() const { return m_endpointView; }
    FontZoom *fontZoom() const { return m_fontZoom; }

    void createListener(const session::ListenerSpec &spec);
    void createClient(const session::ClientSpec &spec);
    void createRelay(const session::RelaySpec &spec);
    RelayPanel *relayPanel() const { return m_relayPanel; }
    void selectEndpoint(quint64 id);
    quint64 selectedEndpoint() const { return m_selectedId; }
    bool openWorkspace(const QString &path);
    // Review a saved JSON Lines trace: read on a thread of its own (a large file takes seconds
    // to parse), then shown in a TraceReviewWindow of its own; the live session is not
    // touched. traceFileOpened() says how it went.
    void openTraceFile(const QString &path);
    QList<TraceReviewWindow *> reviewWindows() const; // open ones, oldest first
    bool saveWorkspace(const QString &path);
    const session::Workspace &workspace() const { return m_workspace; }

Q_SIGNALS:
    void traceFileOpened(const QString &path, bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpDocks();
    void setUpLessons(QDockWidget *besides);
    void setUpActions();
    void restoreSettings();
    void onRecords(const QList<trace::TraceRecord> &records, quint64 lost);
    void onSelectionChanged();
    void refreshConversation();
    void updateStatus();
    void updateActions();
    // A socket in the live tree that write() still accepts.
    bool isWritable(quint64 id) const;
    void addRecentWorkspace(const QString &path);
    void rebuildRecentMenu();
    void newListener();
    // New Client offers the listeners that are listening now (also a script's).
    void newClient();
    void newRelay();
    static QString describeRelayTarget(const netcore::ConnectOptions &target);
    quint64 peerOf(quint64 id) const;
    void showAbout();
    // The first steps, in the endpoints panel while it is empty; links run the actions.
    void setUpEmptyState();
    void updateEmptyState();
    void setUpHelp();
    // Destroy, Reset, Close All: asks first unless the user said not to ask again (settingsKey).
    bool confirmDestructive(const QString &settingsKey, const QString &title, const QString &text);
    void applyPreferences(const Preferences &preferences);
    void editPreferences();
    // File > Export as Script: the calls made here as a Node-style script (scriptexporter.h).
    void exportAsScript();
    // Endpoint > Auto-reply Rules: the selected endpoint's rules in a RulesEditor; what it
    // accepts goes to the engine and into the workspace entry the endpoint came from.
    void editReplyRules();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<session::EngineThread> m_engine;
    UserPrompts m_prompts = UserPrompts::interactive();
    EventFeed *m_feed = nullptr;
    QPointer<QThread> m_traceReader; // reading a trace for openTraceFile()
    QList<QPointer<TraceReviewWindow>> m_reviews;
    EndpointTreeModel *m_endpointModel = nullptr;
    QTreeView *m_endpointView = nullptr;
    EventStreamWidget *m_eventStream = nullptr;
    InspectorWidget *m_inspector = nullptr;
    ComposerWidget *m_composer = nullptr;
    SavedMessagesWidget *m_savedMessages = nullptr;
    ConversationWidget *m_conversation = nullptr;
    ConversationWidget *m_peerConversation = nullptr;
    ScriptConsoleWidget *m_scriptConsole = nullptr;
    SequenceDiagramWidget *m_sequence = nullptr;
    StatusText *m_statusCounts = nullptr;
    FontZoom *m_fontZoom = nullptr;
    WindowLayouts *m_layouts = nullptr;
    ConnectionPeers m_peers;
    QHash<quint64, quint64> m_relayLegs; // a relay's client leg <-> its target leg, both ways
    RelayPanel *m_relayPanel = nullptr;
    QSet<quint64> m_ownEndpoints; // made here, or accepted by a listener made here

    quint64 m_selectedId = 0;
    // Endpoints made here are selected when they appear: how many creations wait for their
    // endpoint, and the last one seen that the tree does not show yet.
    int m_creationsToSelect = 0;
    quint64 m_selectWhenShown = 0;
    QStackedWidget *m_endpointsStack = nullptr;
    struct ActionState
    {
        quint64 selected;
        bool live, writable, scriptRunning;
        friend bool operator==(const ActionState &, const ActionState &) = default;
    };
    std::optional<ActionState> m_actionState; // what updateActions() last applied
    bool m_layoutRestored = false;
    bool m_conversationStale = false;
    bool m_conversationRefreshQueued = false;
    QElapsedTimer m_sinceConversationRefresh;
    qint64 m_lastConversationRefreshMs = 0;
    // Per socket, the records of the conversation's markers (connect, FIN, error, close).
    QHash<quint64, QList<trace::TraceRecord>> m_markers;
    quint64 m_recordCount = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    session::Workspace m_workspace;
    // Which workspace entry each listener, client and relay made here came from, so edits of
    // its rules or faults are saved; creations wait here until their endpoint appears.
    struct SpecSlot
    {
        enum class Kind { None, Listener, Client, Relay };
        Kind kind = Kind::None;
        qsizetype index = -1;
    };
    QList<SpecSlot> m_pendingSlots;
    QHash<quint64, SpecSlot> m_specSlots;
    // The rules answering each endpoint (Engine::replyRulesAttached); counts are read live.
    QHash<quint64, std::shared_ptr<session::ReplyRules>> m_replyRules;
    // Each accepted socket's server: its rules editor edits the listener's rules.
    QHash<quint64, quint64> m_acceptedBy;
};

} // namespace gui
