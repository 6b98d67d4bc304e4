#include "mainwindow.h"

#include "actiontext.h"
#include "composerwidget.h"
#include "conversationwidget.h"
#include "endpointtreemodel.h"
#include "eventfeed.h"
#include "eventstreamwidget.h"
#include "explainpane.h"
#include "fontzoom.h"
#include "guiresources.h"
#include "helpdialogs.h"
#include "inspectorwidget.h"
#include "lessonpanel.h"
#include "newclientdialog.h"
#include "newlistenerdialog.h"
#include "newrelaydialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "relaypanel.h"
#include "ruleseditor.h"
#include "savedmessageswidget.h"
#include "scriptconsolewidget.h"
#include "scriptexporter.h"
#include "sequencediagramwidget.h"
#include "sequenceview.h"
#include "session/enginethread.h"
#include "session/filesender.h"
#include "session/regularfile.h"
#include "statustext.h"
#include "tracereviewwindow.h"
#include "wheelguard.h"
#include "windowlayouts.h"

#include "trace/jsonlreader.h"

#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;

namespace gui {

namespace {

constexpr int MaxRecentWorkspaces = 8;

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &name,
                      QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

// A panel of controls in a scroll area: its own minimum size then no longer sets the window's
// (the inspector, lessons, relay and composer stacked made the window taller than a laptop
// screen); below its minimum the panel scrolls.
QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

// The records the conversation shows as markers (their times): each happens at most once or
// twice per connection, so keeping them all stays small, unlike drain or pause.
bool isConversationMarker(const trace::TraceRecord &record)
{
    if (record.kind != EndpointKind::Socket)
        return false;
    switch (record.event) {
    case NetEvent::Connect:
    case NetEvent::End:
    case NetEvent::EndCall:
    case NetEvent::Error:
    case NetEvent::Close:
    case NetEvent::DestroyCall:
    case NetEvent::ResetCall: return true;
    default: return false;
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_engine(std::make_unique<session::EngineThread>(Preferences::load().recorderOptions()))
{
    ensureResources();
    WheelGuard::install(); // before any control is polished
    m_ui->setupUi(this);
    m_eventStream = new EventStreamWidget(this);
    m_eventStream->setObjectName(u"eventStream"_s);
    m_ui->centralLayout->addWidget(m_eventStream);

    setUpDocks();
    setUpActions();

    m_feed = new EventFeed(&m_engine->recorder(), this);
    connect(m_feed, &EventFeed::recordsArrived, this, &MainWindow::onRecords);
    applyPreferences(Preferences::load());
    m_feed->start();

    session::Engine *engine = m_engine->engine();
    // The engine links a client to the listener it reaches, and says where a linked one went:
    // the workspace saves the link, not a port that listener may not have next time.
    connect(engine, &session::Engine::clientLinked, this,
            [this](int client, int listener, const netcore::ConnectOptions &target) {
                if (client < m_workspace.clients.size()) {
                    m_workspace.clients[client].listener = listener;
                    m_workspace.clients[client].connect = target;
                }
            });
    connect(engine, &session::Engine::endpointAppeared, this,
            [this](quint64 id, netcore::EndpointKind, quint64 parentId) {
                m_ownEndpoints.insert(id);
                if (parentId != 0)
                    m_acceptedBy.insert(id, parentId);
                // Each creation makes one endpoint on the engine thread, in order.
                if (parentId == 0 && m_creationsToSelect > 0) {
                    --m_creationsToSelect;
                    if (!m_pendingSlots.isEmpty())
                        m_specSlots.insert(id, m_pendingSlots.takeFirst());
                    m_selectWhenShown = id;
                    selectEndpoint(id);
                }
            });
    connect(engine, &session::Engine::replyRulesAttached, this,
            [this](quint64 id, const std::shared_ptr<session::ReplyRules> &rules) {
                m_replyRules.insert(id, rules);
            });
    connect(engine, &session::Engine::relayCreated, this,
            [this](quint64 id, const session::RelaySpec &spec) {
                m_endpointModel->markRelay(id, describeRelayTarget(spec.target));
                m_relayPanel->rememberFaults(id, spec.faults);
            });
    connect(engine, &session::Engine::relayLegsPaired, this,
            [this](quint64, quint64 clientLeg, quint64 targetLeg) {
                m_relayLegs.insert(clientLeg, targetLeg);
                m_relayLegs.insert(targetLeg, clientLeg);
                m_endpointModel->pairRelayLegs(clientLeg, targetLeg);
            });
    // A client that stays up: each attempt is said (the new socket is a new row of the tree).
    connect(engine, &session::Engine::reconnectScheduled, this,
            [this](quint64 id, int attempt, int delayMs, int maxAttempts) {
                const QString next = QLocale().toString(delayMs / 1000.0, 'f', 1);
                const QString note = maxAttempts > 0
                        ? tr("reconnecting, attempt %1 of %2, next in %3 s")
                                  .arg(attempt)
                                  .arg(maxAttempts)
                                  .arg(next)
                        : tr("reconnecting, attempt %1, next in %2 s").arg(attempt).arg(next);
                m_endpointModel->setReconnectNote(id, note);
                statusBar()->showMessage(tr("#%1 closed: %2").arg(id).arg(note), 8000);
            });
    // The new socket takes the closed one's place, in the tree's notes and in the selection.
    connect(engine, &session::Engine::reconnectStarted, this,
            [this](quint64 previousId, quint64 newId, int attempt) {
                m_endpointModel->setReconnectNote(previousId, tr("replaced by #%1").arg(newId));
                m_endpointModel->setReconnectNote(newId, tr("attempt %1").arg(attempt));
                if (m_specSlots.contains(previousId)) {
                    const SpecSlot slot = m_specSlots.value(previousId);
                    m_specSlots.insert(newId, slot);
                }
                if (m_selectedId == previousId || m_selectWhenShown == previousId) {
                    m_selectWhenShown = newId;
                    selectEndpoint(newId);
                }
                statusBar()->showMessage(tr("Reconnect attempt %1: #%2 in place of #%3")
                                                 .arg(attempt)
                                                 .arg(newId)
                                                 .arg(previousId),
                                         8000);
            });
    connect(engine, &session::Engine::commandFailed, this,
            [this](quint64 id, const QString &message) {
                statusBar()->showMessage(tr("#%1: %2").arg(id).arg(message), 8000);
            });
    // Every endpoint's file send reports to the composer, selected or not.
    connect(engine, &session::Engine::fileSendProgress, m_composer,
            &ComposerWidget::setFileProgress);
    connect(engine, &session::Engine::fileSendFinished, this,
            [this](quint64 id, const QString &error) {
                m_composer->fileSendFinished(id, error);
                if (!error.isEmpty() && error != session::FileSender::cancelledError())
                    statusBar()->showMessage(tr("#%1: file not sent: %2").arg(id).arg(error), 8000);
            });

    restoreSettings();
    updateStatus();
    updateActions();
    keepToolButtonTextsPlain(this);
}

MainWindow::~MainWindow()
{
    m_feed->stop();
    if (m_traceReader)
        m_traceReader->wait(); // a parse cannot be interrupted; it ends on its own
}

void MainWindow::setUpDocks()
{
    m_endpointModel = new EndpointTreeModel(this);
    m_endpointView = new QTreeView(this);
    m_endpointView->setObjectName(u"endpointView"_s);
    m_endpointView->setModel(m_endpointModel);
    m_endpointView->setUniformRowHeights(true);
    m_endpointView->setAllColumnsShowFocus(true);
    m_endpointView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_endpointView->header()->setSectionResizeMode(EndpointTreeModel::NameColumn,
                                                   QHeaderView::ResizeToContents);
    m_endpointView->header()->setSectionResizeMode(EndpointTreeModel::StateColumn,
                                                   QHeaderView::ResizeToContents);
    // The columns fit the rows on screen: by default they measured the text of 1,000 rows
    // again after every batch of records, which with thousands of endpoints stalled the window.
    m_endpointView->header()->setResizeContentsPrecision(0);
    // New accepted connections show at once under their server.
    connect(m_endpointModel, &QAbstractItemModel::rowsInserted, m_endpointView,
            [this](const QModelIndex &parent) {
                if (parent.isValid())
                    m_endpointView->expand(parent);
            });
    connect(m_endpointView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    // The tree, or the first steps while it is empty (setUpEmptyState()).
    m_endpointsStack = new QStackedWidget(this);
    m_endpointsStack->addWidget(m_endpointView);
    // Wide enough for "#12 accepted socket from 127.0.0.1:…" and the first steps' lines.
    m_endpointsStack->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    QDockWidget *endpoints = makeDock(this, tr("Endpoints"), u"endpointsDock"_s, m_endpointsStack,
                                      Qt::LeftDockWidgetArea);

    m_inspector = new InspectorWidget(m_engine.get(), this);
    m_inspector->setObjectName(u"inspector"_s);
    connect(m_inspector, &InspectorWidget::replyRulesRequested, this, &MainWindow::editReplyRules);
    QDockWidget *inspector = makeDock(this, tr("Inspector"), u"inspectorDock"_s,
                                      scrolled(m_inspector), Qt::RightDockWidgetArea);

    m_conversation = new ConversationWidget(this);
    m_conversation->setObjectName(u"conversation"_s);
    // A live view re-renders while data flows: 64 KiB from each end keeps one refresh within a
    // frame or two; the elided middle is one click away (Save writes everything).
    m_conversation->setRenderBudget(64 * 1024);
    QDockWidget *conversation = makeDock(this, tr("Conversation"), u"conversationDock"_s,
                                         m_conversation, Qt::RightDockWidgetArea);
    connect(conversation, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_conversationStale)
            refreshConversation();
    });
    splitDockWidget(inspector, conversation, Qt::Vertical);
    // A relay's faults, beside the inspector; raised when a relay or one of its legs is selected.
    m_relayPanel = new RelayPanel(m_engine.get(), this);
    m_relayPanel->setObjectName(u"relayPanel"_s);
    connect(m_relayPanel, &RelayPanel::faultsChanged, this,
            [this](quint64 relayId, const session::RelayFaults &faults) {
                const SpecSlot slot = m_specSlots.value(relayId);
                if (slot.kind == SpecSlot::Kind::Relay && slot.index < m_workspace.relays.size())
                    m_workspace.relays[slot.index].faults = faults;
            });
    QDockWidget *relayDock = makeDock(this, tr("Relay"), u"relayDock"_s, scrolled(m_relayPanel),
                                      Qt::RightDockWidgetArea);
    tabifyDockWidget(inspector, relayDock);
    inspector->raise();
    m_ui->menuView->addAction(relayDock->toggleViewAction());

    m_composer = new ComposerWidget(this);
    m_composer->setObjectName(u"composer"_s);
    QDockWidget *composer = makeDock(this, tr("Composer"), u"composerDock"_s, scrolled(m_composer),
                                     Qt::BottomDockWidgetArea);

    m_scriptConsole = new ScriptConsoleWidget(m_engine.get(), this);
    m_scriptConsole->setObjectName(u"scriptConsole"_s);
    QDockWidget *script = makeDock(this, tr("Script Console"), u"scriptDock"_s, m_scriptConsole,
                                   Qt::BottomDockWidgetArea);
    tabifyDockWidget(composer, script);
    // Saved messages, a tab beside the composer they are made from.
    m_savedMessages = new SavedMessagesWidget(this);
    m_savedMessages->setObjectName(u"savedMessages"_s);
    m_savedMessages->setComposer(m_composer);
    m_savedMessages->setPrompts(m_prompts);
    m_savedMessages->setGlobalPath(session::MessageLibrary::globalPath());
    QDockWidget *savedMessages = makeDock(this, tr("Saved Messages"), u"savedMessagesDock"_s,
                                          scrolled(m_savedMessages), Qt::BottomDockWidgetArea);
    tabifyDockWidget(composer, savedMessages);
    m_ui->menuView->addAction(savedMessages->toggleViewAction());
    composer->raise();

    for (QDockWidget *dock : {endpoints, inspector, conversation, composer, script})
        m_ui->menuView->addAction(dock->toggleViewAction());
    // What the selected row (or endpoint) means, in a tab beside the conversation.
    auto *explain = new ExplainPane(this);
    explain->setObjectName(u"explainPane"_s);
    explain->follow(m_eventStream, m_endpointView);
    QDockWidget *explainDock
            = makeDock(this, tr("Explain"), u"explainDock"_s, explain, Qt::RightDockWidgetArea);
    tabifyDockWidget(conversation, explainDock);
    conversation->raise();
    m_ui->menuView->addAction(explainDock->toggleViewAction());
    // The conversation as a sequence diagram, a tab beside it too.
    m_sequence = new SequenceDiagramWidget(this);
    m_sequence->setObjectName(u"sequenceDiagram"_s);
    m_sequence->follow(m_eventStream);
    // Laid out only while shown: a hidden diagram costs the window nothing under a flood.
    m_sequence->setRefill([this] {
        const EventStore &store = m_eventStream->model()->store();
        QList<trace::TraceRecord> records;
        records.reserve(store.size());
        for (qsizetype i = 0; i < store.size(); ++i)
            records.append(store.at(i));
        return records;
    });
    QDockWidget *sequenceDock = makeDock(this, tr("Sequence Diagram"), u"sequenceDock"_s,
                                         scrolled(m_sequence), Qt::RightDockWidgetArea);
    tabifyDockWidget(conversation, sequenceDock);
    connect(sequenceDock, &QDockWidget::visibilityChanged, m_sequence,
            &SequenceDiagramWidget::setOnScreen);
    conversation->raise();
    m_ui->menuView->addAction(sequenceDock->toggleViewAction());
    setUpLessons(conversation);
    // The other end of the selected connection, for the teaching layout (hidden until then).
    m_peerConversation = new ConversationWidget(this);
    m_peerConversation->setObjectName(u"peerConversation"_s);
    m_peerConversation->setRenderBudget(64 * 1024);
    QDockWidget *peerConversation
            = makeDock(this, tr("Peer Conversation"), u"peerConversationDock"_s, m_peerConversation,
                       Qt::RightDockWidgetArea);
    peerConversation->hide();
    connect(peerConversation, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            m_conversationStale = true;
            refreshConversation();
        }
    });
    m_ui->menuView->addAction(peerConversation->toggleViewAction());
    // First-run proportions, once the window has its size; a saved layout wins
    // (restoreSettings()).
    QTimer::singleShot(0, this, [this] {
        if (!m_layoutRestored)
            m_layouts->applyFirstRunSizes();
    });

    // Each intent names its endpoint: the one selected when Send was pressed.
    connect(m_composer, &ComposerWidget::sendRequested, this,
            [this](quint64 id, const QByteArray &bytes) {
                m_engine->post([id, bytes](session::Engine &e) { e.write(id, bytes); });
            });
    connect(m_composer, &ComposerWidget::endRequested, this,
            [this](quint64 id) { m_engine->post([id](session::Engine &e) { e.end(id); }); });
    connect(m_composer, &ComposerWidget::fileSendRequested, this,
            [this](quint64 id, const QString &path, bool endAfter) {
                m_engine->post([id, path, endAfter](session::Engine &e) {
                    e.sendFile(id, path, endAfter);
                });
            });
    // Saved messages go the same way as the composer's sends.
    connect(m_savedMessages, &SavedMessagesWidget::sendRequested, this,
            [this](quint64 id, const QByteArray &bytes) {
                m_engine->post([id, bytes](session::Engine &e) { e.write(id, bytes); });
            });
    connect(m_savedMessages, &SavedMessagesWidget::fileSendRequested, m_composer,
            [this](quint64 id, const QString &path, bool endAfter) {
                m_engine->post([id, path, endAfter](session::Engine &e) {
                    e.sendFile(id, path, endAfter);
                });
            });
    connect(m_savedMessages, &SavedMessagesWidget::workspaceMessagesChanged, this, [this] {
        m_workspace.messages = m_savedMessages->library(SavedMessagesWidget::Scope::Workspace);
    });
    connect(m_composer, &ComposerWidget::fileSendCancelRequested, this, [this](quint64 id) {
        m_engine->post([id](session::Engine &e) { e.cancelFileSend(id); });
    });

    connect(m_eventStream, &EventStreamWidget::endpointActivated, this,
            &MainWindow::selectEndpoint);
}

// Guided lessons, a tab beside the conversation: Help > Lessons shows them, File > Open
// Lesson… adds a lesson file.
void MainWindow::setUpLessons(QDockWidget *besides)
{
    auto *lessons = new LessonPanel(m_engine.get(), m_eventStream, this);
    lessons->setObjectName(u"lessonPanel"_s);
    // The tree shows a lesson's names, so a learner step can say "select client".
    connect(lessons, &LessonPanel::endpointLabelled, m_endpointModel,
            &EndpointTreeModel::setLessonLabel);
    QDockWidget *lessonsDock = makeDock(this, tr("Lessons"), u"lessonsDock"_s, scrolled(lessons),
                                        Qt::RightDockWidgetArea);
    tabifyDockWidget(besides, lessonsDock);
    besides->raise();
    m_ui->menuView->addAction(lessonsDock->toggleViewAction());
    const auto showLessons = [lessonsDock] {
        lessonsDock->show();
        lessonsDock->raise();
    };
    auto *help = new QAction(tr("&Lessons"), this);
    help->setObjectName(u"actionLessons"_s);
    connect(help, &QAction::triggered, this, showLessons);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, help);
    auto *open = new QAction(tr("Open &Lesson…"), this);
    open->setObjectName(u"actionOpenLesson"_s);
    connect(open, &QAction::triggered, this, [this, lessons, showLessons] {
        const QString path = m_prompts.openFileName(this, tr("Open lesson"),
                                                    tr("Lessons (*.lesson);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!lessons->openLessonFile(path, &error)) {
            m_prompts.warn(this, tr("Open lesson"), error);
            return;
        }
        showLessons();
    });
    m_ui->menuFile->insertAction(m_ui->actionRunScript, open);
}

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    connect(ui.actionNewListener, &QAction::triggered, this, &MainWindow::newListener);
    connect(ui.actionNewClient, &QAction::triggered, this, &MainWindow::newClient);
    auto *newRelayAction = new QAction(tr("New &Relay…"), this);
    newRelayAction->setObjectName(u"actionNewRelay"_s);
    newRelayAction->setShortcut(tr("Ctrl+Shift+K")); // Ctrl+Shift+R is Remove Closed
    newRelayAction->setToolTip(tr("Put netbench between clients and a server: each client gets "
                                  "its own connection to the target, with faults on purpose"));
    connect(newRelayAction, &QAction::triggered, this, &MainWindow::newRelay);
    const QList<QAction *> endpointActions = ui.menuEndpoint->actions();
    ui.menuEndpoint->insertAction(
            endpointActions.value(endpointActions.indexOf(ui.actionNewClient) + 1), newRelayAction);
    const QList<QAction *> toolActions = ui.mainToolBar->actions();
    ui.mainToolBar->insertAction(toolActions.value(toolActions.indexOf(ui.actionNewClient) + 1),
                                 newRelayAction);
    m_endpointView->addAction(newRelayAction);
    connect(ui.actionEndEndpoint, &QAction::triggered, this, [this] {
        const quint64 id = m_selectedId;
        const bool server = m_endpointModel->indexOf(id).data(EndpointTreeModel::KindRole).toInt()
                == int(EndpointKind::Server);
        m_engine->post(
                [id, server](session::Engine &e) { server ? e.closeServer(id) : e.end(id); });
    });
    connect(ui.actionDestroyEndpoint, &QAction::triggered, this, [this] {
        const quint64 id = m_selectedId;
        const QModelIndex index = m_endpointModel->indexOf(id);
        const bool server
                = index.data(EndpointTreeModel::KindRole).toInt() == int(EndpointKind::Server);
        const QString text = server
                ? tr("Close %1? It stops accepting connections; this cannot be undone.")
                : tr("Destroy %1? It closes at once: data still queued is dropped and the peer "
                     "sees 'end' (or ECONNRESET if data was left unread). This cannot be undone.");
        if (!confirmDestructive(u"confirm/destroy"_s, tr("Destroy"),
                                text.arg(index.data().toString())))
            return;
        m_engine->post(
                [id, server](session::Engine &e) { server ? e.closeServer(id) : e.destroy(id); });
    });
    connect(ui.actionResetEndpoint, &QAction::triggered, this, [this] {
        const quint64 id = m_selectedId;
        const QString text = tr("Reset %1? It sends an RST: the peer sees ECONNRESET and bytes "
                                "not yet read on either side are lost. This cannot be undone.")
                                     .arg(m_endpointModel->indexOf(id).data().toString());
        if (!confirmDestructive(u"confirm/reset"_s, tr("Reset"), text))
            return;
        m_engine->post([id](session::Engine &e) { e.resetAndDestroy(id); });
    });
    auto *closeAll = new QAction(tr("Close &All"), this);
    closeAll->setObjectName(u"actionCloseAll"_s);
    closeAll->setShortcut(tr("Ctrl+Shift+W"));
    closeAll->setToolTip(tr("Destroy every socket and close every listener made in this window "
                            "(a running script's own endpoints are left alone)"));
    connect(closeAll, &QAction::triggered, this, [this] {
        if (!confirmDestructive(u"confirm/closeAll"_s, tr("Close All"),
                                tr("Destroy every socket and close every listener made in this "
                                   "window? This cannot be undone.")))
            return;
        m_engine->post([](session::Engine &e) { e.closeAll(); });
    });
    ui.menuEndpoint->insertAction(ui.actionRemoveClosed, closeAll);
    m_endpointView->addAction(closeAll);
    auto *replyRules = new QAction(tr("Auto-reply R&ules…"), this);
    replyRules->setObjectName(u"actionReplyRules"_s);
    replyRules->setToolTip(tr("Answer what the selected listener's connections (or the selected "
                              "socket) receive by rules: match, reply, delay, end or reset"));
    connect(replyRules, &QAction::triggered, this, &MainWindow::editReplyRules);
    ui.menuEndpoint->insertAction(closeAll, replyRules);
    m_endpointView->addAction(replyRules);
    connect(ui.actionRemoveClosed, &QAction::triggered, m_endpointModel,
            &EndpointTreeModel::removeClosed);
    // What the window and the engine keep per endpoint goes with its row; the event stream
    // keeps the records.
    connect(m_endpointModel, &EndpointTreeModel::endpointsRemoved, this,
            [this](const QList<quint64> &ids) {
                for (const quint64 id : ids) {
                    m_specSlots.remove(id);
                    m_replyRules.remove(id);
                    m_acceptedBy.remove(id);
                    m_relayLegs.remove(id);
                    m_markers.remove(id);
                }
                m_engine->post([ids](session::Engine &e) { e.forgetEndpoints(ids); });
            });
    for (QAction *action :
         {ui.actionNewListener, ui.actionNewClient, ui.actionEndEndpoint, ui.actionDestroyEndpoint,
          ui.actionResetEndpoint, ui.actionRemoveClosed})
        m_endpointView->addAction(action);

    connect(ui.actionOpenTrace, &QAction::triggered, this, [this] {
        const QString path = m_prompts.openFileName(
                this, tr("Open trace"), tr("JSON Lines traces (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            openTraceFile(path);
    });
    const auto exportTo = [this](bool csv) {
        const QString path = m_prompts.saveFileName(
                this, csv ? tr("Export trace as CSV") : tr("Export trace as JSON Lines"),
                csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"),
                csv ? u"netbench-trace.csv"_s : u"netbench-trace.jsonl"_s);
        if (path.isEmpty())
            return;
        m_feed->catchUp();
        QString error;
        const bool ok = csv ? m_eventStream->exportCsv(path, &error)
                            : m_eventStream->exportJsonl(path, &error);
        if (!ok)
            m_prompts.warn(this, tr("Export trace"), error);
        else
            statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    };
    connect(ui.actionExportJsonl, &QAction::triggered, this, [exportTo] { exportTo(false); });
    connect(ui.actionExportCsv, &QAction::triggered, this, [exportTo] { exportTo(true); });

    connect(ui.actionSaveWorkspace, &QAction::triggered, this, [this] {
        const QString path = m_prompts.saveFileName(this, tr("Save workspace"),
                                                    tr("netbench workspaces (*.nbw.json *.json)"),
                                                    u"workspace.nbw.json"_s);
        if (!path.isEmpty())
            saveWorkspace(path);
    });
    connect(ui.actionOpenWorkspace, &QAction::triggered, this, [this] {
        const QString path = m_prompts.openFileName(
                this, tr("Open workspace"),
                tr("netbench workspaces (*.nbw.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    connect(ui.actionPreferences, &QAction::triggered, this, &MainWindow::editPreferences);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);

    connect(ui.actionRunScript, &QAction::triggered, this, [this] {
        const QString path = m_prompts.openFileName(this, tr("Run script"),
                                                    tr("JavaScript (*.js);;All files (*)"));
        if (path.isEmpty())
            return;
        m_scriptConsole->setScriptPath(path);
        if (auto *dock = qobject_cast<QDockWidget *>(m_scriptConsole->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_scriptConsole->run();
        updateActions();
    });
    connect(ui.actionStopScript, &QAction::triggered, m_scriptConsole, &ScriptConsoleWidget::stop);
    connect(m_scriptConsole, &ScriptConsoleWidget::finished, this, &MainWindow::updateActions);
    connect(m_engine->scriptHost(), &session::ScriptHost::started, this,
            &MainWindow::updateActions);

    ui.actionFollow->setChecked(m_eventStream->isFollowing());
    connect(ui.actionFollow, &QAction::toggled, m_eventStream, &EventStreamWidget::setFollowing);
    // The live stream only: the endpoints stay, and new records keep coming.
    connect(ui.actionClearEvents, &QAction::triggered, m_eventStream, &EventStreamWidget::clear);
    connect(ui.actionClearEvents, &QAction::triggered, m_sequence, &SequenceDiagramWidget::clear);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    setUpHelp();
    setUpEmptyState();
    connect(ui.menuRecentWorkspaces, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);

    // For a class: the automatic rows hidden, text large enough for the back of the room.
    const QList<QAction *> viewActions = ui.menuView->actions();
    ui.menuView->insertAction(viewActions.value(viewActions.indexOf(ui.actionClearEvents) + 1),
                              m_eventStream->hideAutomaticAction());
    m_fontZoom = new FontZoom(this);
    ui.menuView->addSeparator();
    m_fontZoom->addActionsTo(ui.menuView);
    // The diagram draws in sizes of its own: it zooms with the text, keeping its own zoom.
    connect(m_fontZoom, &FontZoom::percentChanged, m_sequence->view(),
            [view = m_sequence->view(), last = 100](int percent) mutable {
                view->setZoom(view->zoom() * percent / last);
                last = percent;
            });
    m_fontZoom->restoreSaved();
    m_layouts = new WindowLayouts(this, m_fontZoom);
    m_layouts->addActionsTo(ui.menuView);
    m_layouts->rememberFirstRun(); // before restoreSettings() puts the saved layout back
    auto *exportScript = new QAction(tr("Export as &Script…"), this);
    exportScript->setObjectName(u"actionExportScript"_s);
    exportScript->setToolTip(tr("The calls made in this window as a Node-style script that "
                                "makes them again with the same timing (node or netbench run)"));
    connect(exportScript, &QAction::triggered, this, &MainWindow::exportAsScript);
    const QList<QAction *> fileActions = ui.menuFile->actions();
    ui.menuFile->insertAction(fileActions.value(fileActions.indexOf(ui.actionExportCsv) + 1),
                              exportScript);
}

void MainWindow::setUpEmptyState()
{
    const auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    auto *label = new QLabel(m_endpointsStack);
    label->setObjectName(u"emptyStateLabel"_s);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(fontMetrics().averageCharWidth());
    label->setTextFormat(Qt::RichText);
    label->setText(
            tr("<p><b>No endpoints yet.</b> To start:</p>"
               "<ol><li><a href=\"#listener\">New Listener…</a> (%1): a server on a port or a "
               "Unix socket path; port 0 lets the kernel pick a free one.</li>"
               "<li><a href=\"#client\">New Client…</a> (%2): connect to it; the dialog lists "
               "the live listeners.</li>"
               "<li>Type in the Composer below and press Send.</li></ol>"
               "<p>Or follow a guided <a href=\"#lessons\">lesson</a>, or "
               "<a href=\"#script\">run a script</a> (%3).</p>"
               "<p><a href=\"#quickstart\">Quick Start</a> explains the window.</p>")
                    .arg(keys(m_ui->actionNewListener), keys(m_ui->actionNewClient),
                         keys(m_ui->actionRunScript)));
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        const QHash<QString, QString> actions {{u"#listener"_s, u"actionNewListener"_s},
                                               {u"#client"_s, u"actionNewClient"_s},
                                               {u"#lessons"_s, u"actionLessons"_s},
                                               {u"#script"_s, u"actionRunScript"_s},
                                               {u"#quickstart"_s, u"actionQuickStart"_s}};
        if (auto *action = findChild<QAction *>(actions.value(link)))
            action->trigger();
    });
    m_endpointsStack->addWidget(label);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_endpointModel, signal, this, &MainWindow::updateEmptyState);
    connect(m_endpointModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_endpointModel->rowCount() == 0;
    m_endpointsStack->setCurrentIndex(empty ? 1 : 0);
}

bool MainWindow::confirmDestructive(const QString &settingsKey, const QString &title,
                                    const QString &text)
{
    QSettings settings;
    if (!m_prompts.confirmDestructive || !settings.value(settingsKey, true).toBool())
        return true;
    const UserPrompts::DestructiveAnswer answer = m_prompts.confirmDestructive(this, title, text);
    if (answer.proceed && answer.dontAskAgain)
        settings.setValue(settingsKey, false);
    return answer.proceed;
}

void MainWindow::setUpHelp()
{
    auto *quickStart = new QAction(tr("&Quick Start"), this);
    quickStart->setObjectName(u"actionQuickStart"_s);
    quickStart->setShortcut(QKeySequence::HelpContents);
    connect(quickStart, &QAction::triggered, this, [this] {
        QDialog *dialog = makeQuickStartDialog(this);
        dialog->show();
    });
    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(u"actionKeyboardShortcuts"_s);
    connect(shortcuts, &QAction::triggered, this, [this] {
        QDialog *dialog = makeShortcutsDialog(this);
        dialog->show();
    });
    const QList<QAction *> helpActions = m_ui->menuHelp->actions();
    m_ui->menuHelp->insertAction(helpActions.value(0), quickStart);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // The first window takes most of the screen it opens on, whatever its size.
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    // A geometry saved on a larger screen (or one no longer there) is brought onto this one.
    if (!isMaximized() && !isFullScreen()) {
        const QSize frameExtra = frameGeometry().size() - geometry().size();
        resize(size().boundedTo(available.size() - frameExtra));
        QRect frame = frameGeometry();
        frame.moveLeft(
                qBound(available.left(), frame.left(), available.right() - frame.width() + 1));
        frame.moveTop(
                qBound(available.top(), frame.top(), available.bottom() - frame.height() + 1));
        move(frame.topLeft());
    }
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
}

// The recorder's sizes were fixed when the engine started; the list and the feed follow at once.
void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_eventStream->setCapacity(preferences.eventListCapacity);
    m_feed->setInterval(preferences.refreshIntervalMs());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setPreferences(Preferences::load());
    if (!m_prompts.execDialog(&dialog))
        return;
    const Preferences preferences = dialog.preferences();
    preferences.save();
    applyPreferences(preferences);
}

void MainWindow::exportAsScript()
{
    const QString path = m_prompts.saveFileName(this, tr("Export as script"),
                                                tr("JavaScript (*.js)"), u"netbench-session.js"_s);
    if (path.isEmpty())
        return;
    ScriptExportInput input;
    input.records = m_engine->recorder().eventsSince(0);
    input.ownEndpoints = m_ownEndpoints;
    input.listeners = m_workspace.listeners;
    input.clients = m_workspace.clients;
    input.payload = writtenBytesFrom(m_engine->recorder());
    input.droppedRecords = m_engine->recorder().droppedCount();
    input.title
            = tr("netbench session of %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    const ScriptExport exported = exportScript(input);
    QString error;
    const bool written = session::writeRegularFile(
            path,
            [&exported](const session::WriteFunction &write) { write(exported.script.toUtf8()); },
            &error);
    if (!written) {
        m_prompts.warn(this, tr("Export as script"), error);
        return;
    }
    statusBar()->showMessage(tr("Script exported to %1").arg(path), 5000);
    if (!exported.warnings.isEmpty())
        m_prompts.warn(this, tr("Export as script"), exported.warnings.join(QLatin1Char('\n')));
}

void MainWindow::newListener()
{
    NewListenerDialog dialog(this);
    if (m_prompts.execDialog(&dialog))
        createListener(dialog.spec());
}

void MainWindow::newClient()
{
    NewClientDialog dialog(this);
    QList<NewClientDialog::Listener> listeners;
    for (int row = 0; row < m_endpointModel->rowCount(); ++row) {
        const QModelIndex index = m_endpointModel->index(row, 0);
        const QString target = index.data(EndpointTreeModel::ConnectTargetRole).toString();
        if (index.data(EndpointTreeModel::StateRole).toInt()
                    == int(EndpointTreeModel::State::Listening)
            && !target.isEmpty())
            listeners.append({index.data().toString(), target});
    }
    dialog.setLiveListeners(listeners);
    if (m_prompts.execDialog(&dialog)) {
        dialog.rememberTarget();
        createClient(dialog.spec());
    }
}

void MainWindow::newRelay()
{
    NewRelayDialog dialog(this);
    if (m_prompts.execDialog(&dialog))
        createRelay(dialog.spec());
}

void MainWindow::createRelay(const session::RelaySpec &spec)
{
    ++m_creationsToSelect;
    m_pendingSlots.append(SpecSlot {SpecSlot::Kind::Relay, m_workspace.relays.size()});
    m_workspace.relays.append(spec);
    m_engine->post([spec](session::Engine &e) { e.createRelay(spec); });
}

QString MainWindow::describeRelayTarget(const netcore::ConnectOptions &target)
{
    if (!target.port)
        return target.path;
    return target.host.contains(u':') ? u"[%1]:%2"_s.arg(target.host).arg(*target.port)
                                      : u"%1:%2"_s.arg(target.host).arg(*target.port);
}

void MainWindow::createListener(const session::ListenerSpec &spec)
{
    ++m_creationsToSelect;
    m_pendingSlots.append(SpecSlot {SpecSlot::Kind::Listener, m_workspace.listeners.size()});
    m_workspace.listeners.append(spec);
    m_engine->post([spec](session::Engine &e) { e.createListener(spec); });
}

void MainWindow::createClient(const session::ClientSpec &spec)
{
    ++m_creationsToSelect;
    m_pendingSlots.append(SpecSlot {SpecSlot::Kind::Client, m_workspace.clients.size()});
    m_workspace.clients.append(spec);
    m_engine->post([spec](session::Engine &e) { e.createClient(spec); });
}

void MainWindow::editReplyRules()
{
    if (m_selectedId == 0)
        return;
    // An accepted socket answers by its listener's rules: those are shown, and edited.
    const quint64 listener = m_acceptedBy.value(m_selectedId);
    const bool viaListener
            = listener != 0 && m_specSlots.value(listener).kind == SpecSlot::Kind::Listener;
    const quint64 id = viaListener ? listener : m_selectedId;
    const std::shared_ptr<session::ReplyRules> live = m_replyRules.value(id);
    const SpecSlot slot = m_specSlots.value(id);
    session::ReplyRuleSet current = live ? live->definition() : session::ReplyRuleSet {};
    auto *editor = new RulesEditor(current, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_endpointModel->indexOf(id).data().toString();
    editor->setWindowTitle(tr("Auto-reply rules of %1").arg(name));
    if (viaListener)
        editor->setScopeNote(
                tr("This connection answers by the rules of %1, which accepted it. A change "
                   "applies to all of that listener's connections: the open ones from their "
                   "next message on, and every one it accepts later.")
                        .arg(name));
    else if (slot.kind == SpecSlot::Kind::Listener)
        editor->setScopeNote(tr("A change applies to all of this listener's connections: the "
                                "open ones from their next message on, and every one it "
                                "accepts later."));
    else
        editor->setScopeNote(tr("A change applies to this connection from its next message on."));
    editor->setLiveRules(live);
    connect(editor, &QDialog::accepted, this, [this, editor, id, slot] {
        const session::ReplyRuleSet rules = editor->ruleSet();
        if (slot.kind == SpecSlot::Kind::Listener && slot.index < m_workspace.listeners.size())
            m_workspace.listeners[slot.index].replyRules = rules;
        else if (slot.kind == SpecSlot::Kind::Client && slot.index < m_workspace.clients.size())
            m_workspace.clients[slot.index].replyRules = rules;
        m_engine->post([id, rules](session::Engine &e) { e.setReplyRules(id, rules); });
    });
    editor->open();
}

void MainWindow::openTraceFile(const QString &path)
{
    if (m_traceReader) {
        m_prompts.warn(this, tr("Open trace"), tr("Another trace is still being read."));
        Q_EMIT traceFileOpened(path, false);
        return;
    }
    // Opened here, read there: a device or FIFO is refused before anything is read.
    auto file = std::make_shared<QFile>(path);
    QString error;
    if (!session::openRegularFile(file.get(), EventStreamWidget::MaxTraceFileBytes, &error)) {
        m_prompts.warn(this, tr("Open trace"), error);
        Q_EMIT traceFileOpened(path, false);
        return;
    }
    m_ui->actionOpenTrace->setEnabled(false);
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto result = std::make_shared<trace::JsonlReadResult>();
    m_traceReader
            = QThread::create([file, result] { *result = trace::JsonlReader::read(file.get()); });
    connect(m_traceReader, &QThread::finished, m_traceReader, &QObject::deleteLater);
    connect(m_traceReader, &QThread::finished, this, [this, path, result] {
        m_traceReader = nullptr; // deleted later
        m_ui->actionOpenTrace->setEnabled(true);
        statusBar()->clearMessage();
        const bool shown = !result->records.isEmpty();
        QStringList problems;
        for (const trace::JsonlError &e : std::as_const(result->errors))
            problems += e.toString();
        if (!shown) {
            m_prompts.warn(this, tr("Open trace"),
                           problems.isEmpty() ? tr("%1 holds no records.").arg(path)
                                              : problems.join(QLatin1Char('\n')));
        } else {
            auto *review = new TraceReviewWindow(path, *result, this);
            m_reviews.removeIf([](const QPointer<TraceReviewWindow> &p) { return p.isNull(); });
            m_reviews.append(review);
            review->show();
            review->raise();
            statusBar()->showMessage(tr("%1 opened for review in a window of its own.")
                                             .arg(QFileInfo(path).fileName()),
                                     5000);
            if (result->badLines > 0) {
                m_prompts.warn(review, tr("Open trace"),
                               tr("%n line(s) could not be read:", nullptr, int(result->badLines))
                                       + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
            }
        }
        Q_EMIT traceFileOpened(path, shown);
    });
    m_traceReader->start();
}

QList<TraceReviewWindow *> MainWindow::reviewWindows() const
{
    QList<TraceReviewWindow *> open;
    for (const QPointer<TraceReviewWindow> &review : m_reviews) {
        if (review)
            open.append(review);
    }
    return open;
}

void MainWindow::setPrompts(const UserPrompts &prompts)
{
    m_prompts = prompts;
    m_savedMessages->setPrompts(prompts);
}

bool MainWindow::saveWorkspace(const QString &path)
{
    // What the engine said before the records the window shows (a client linked to its
    // listener is said before it connects) may still wait in the queue: the feed pulls records
    // on its own timer. Take it in first, so the file saves what the window shows.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    QString error;
    if (!m_workspace.save(path, &error)) {
        m_prompts.warn(this, tr("Save workspace"), error);
        return false;
    }
    addRecentWorkspace(path);
    statusBar()->showMessage(tr("Workspace saved to %1").arg(path), 5000);
    return true;
}

bool MainWindow::openWorkspace(const QString &path)
{
    session::Workspace loaded;
    QString error;
    if (!session::Workspace::load(path, &loaded, &error)) {
        m_prompts.warn(this, tr("Open workspace"), error);
        return false;
    }
    for (const session::ListenerSpec &spec : std::as_const(loaded.listeners))
        createListener(spec);
    // The file counts its own listeners; those already open come before them.
    const int firstLoaded = int(m_workspace.listeners.size() - loaded.listeners.size());
    for (session::ClientSpec spec : std::as_const(loaded.clients)) {
        if (spec.listener >= 0)
            spec.listener += firstLoaded;
        createClient(spec);
    }
    for (const session::RelaySpec &spec : std::as_const(loaded.relays))
        createRelay(spec);
    m_workspace.messages = loaded.messages;
    m_savedMessages->setWorkspaceMessages(loaded.messages);
    addRecentWorkspace(path);
    statusBar()->showMessage(tr("Opened %1: %n listener(s)", nullptr, int(loaded.listeners.size()))
                                             .arg(QFileInfo(path).fileName())
                                     + tr(", %n client(s)", nullptr, int(loaded.clients.size()))
                                     + tr(", %n relay(s)", nullptr, int(loaded.relays.size())),
                             5000);
    // Nothing of the file is dropped silently: what could not be used is told, entry by entry.
    if (!loaded.problems.isEmpty())
        m_prompts.warn(this, tr("Open workspace"),
                       tr("%1 is open, but %n thing(s) in it could not be used as saved:", nullptr,
                          int(loaded.problems.size()))
                                       .arg(QFileInfo(path).fileName())
                               + QLatin1Char('\n') + loaded.problems.join(QLatin1Char('\n')));
    return true;
}

void MainWindow::addRecentWorkspace(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"workspace/recent"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(u"workspace/recent"_s, recent.mid(0, MaxRecentWorkspaces));
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecentWorkspaces;
    menu->clear();
    const QStringList recent = QSettings().value(u"workspace/recent"_s).toStringList();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::onRecords(const QList<trace::TraceRecord> &records, quint64 lost)
{
    m_eventStream->appendRecords(records, lost);
    m_peers.apply(records);
    const quint64 peerId = peerOf(m_selectedId);
    m_sequence->appendRecords(records, lost);
    m_endpointModel->applyRecords(records);
    if (m_selectWhenShown)
        selectEndpoint(m_selectWhenShown);
    m_recordCount += records.size() + lost;
    if (lost > 0)
        m_composer->writeRecordsLost();
    for (const trace::TraceRecord &record : records) {
        if (record.event == NetEvent::Data) {
            m_bytesIn += qMax<qint64>(record.value, 0);
        } else if (record.event == NetEvent::WriteCall) {
            m_bytesOut += qMax<qint64>(record.value, 0);
            m_composer->writeRecorded(record.endpointId, qMax<qint64>(record.value, 0),
                                      record.write.bufferSize);
        } else if (record.event == NetEvent::Drain) {
            m_composer->drained(record.endpointId);
        } else if (isConversationMarker(record)) {
            m_markers[record.endpointId].append(record);
        }
        if ((record.endpointId == m_selectedId || (peerId && record.endpointId == peerId))
            && record.kind == EndpointKind::Socket)
            m_conversationStale = true;
    }
    if (m_conversationStale)
        refreshConversation();
    updateStatus();
    updateActions();
}

void MainWindow::selectEndpoint(quint64 id)
{
    const QModelIndex index = m_endpointModel->indexOf(id);
    if (!index.isValid())
        return;
    if (id == m_selectWhenShown)
        m_selectWhenShown = 0;
    m_endpointView->setCurrentIndex(index);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_endpointView->currentIndex();
    m_selectedId = current.isValid() ? current.data(EndpointTreeModel::IdRole).toULongLong() : 0;
    const auto kind = EndpointKind(current.data(EndpointTreeModel::KindRole).toInt());
    m_inspector->setEndpoint(m_selectedId, kind);
    if (const quint64 relay = m_endpointModel->relayOf(m_selectedId);
        relay && relay != m_relayPanel->relay()) {
        m_relayPanel->setRelay(relay, m_endpointModel->indexOf(relay).data().toString());
        if (auto *dock = findChild<QDockWidget *>(u"relayDock"_s))
            dock->raise();
    }
    m_composer->setTarget(m_selectedId, current.sibling(current.row(), 0).data().toString(),
                          isWritable(m_selectedId));
    m_savedMessages->setTarget(m_selectedId, isWritable(m_selectedId));
    m_conversationStale = true;
    refreshConversation();
    updateActions();
}

void MainWindow::refreshConversation()
{
    // The transcript is copied out of the recorder and rendered on this thread, which costs
    // time in proportion to its size. So: only while the panel is visible, and the busier
    // the connection, the rarer: the next refresh waits ten times what this one took
    // (at least 250 ms), which keeps the window's share of the GUI thread under 10%.
    if (!m_conversation->isVisible() && !m_peerConversation->isVisible())
        return; // refreshed when it is shown again
    const qint64 waitMs = qMax<qint64>(250, 10 * m_lastConversationRefreshMs);
    if (m_sinceConversationRefresh.isValid() && m_sinceConversationRefresh.elapsed() < waitMs) {
        if (!m_conversationRefreshQueued) {
            m_conversationRefreshQueued = true;
            QTimer::singleShot(int(waitMs - m_sinceConversationRefresh.elapsed()), this, [this] {
                m_conversationRefreshQueued = false;
                if (m_conversationStale)
                    refreshConversation();
            });
        }
        return;
    }
    m_sinceConversationRefresh.start();
    m_conversationStale = false;
    const auto transcript
            = m_selectedId ? m_engine->recorder().transcript(m_selectedId) : std::nullopt;
    m_conversation->setConversation(m_selectedId, transcript.value_or(trace::Transcript()),
                                    m_markers.value(m_selectedId));
    if (m_peerConversation->isVisible()) {
        const quint64 peer = peerOf(m_selectedId);
        const auto peerTranscript = peer ? m_engine->recorder().transcript(peer) : std::nullopt;
        m_peerConversation->setConversation(peer, peerTranscript.value_or(trace::Transcript()),
                                            m_markers.value(peer));
    }
    m_lastConversationRefreshMs = m_sinceConversationRefresh.elapsed();
    m_sinceConversationRefresh.start();
}

// The other end of a connection: for a relay's leg, its other leg, so that the two
// conversations show client and server through the relay; else the peer socket in the trace.
quint64 MainWindow::peerOf(quint64 id) const
{
    return m_relayLegs.value(id, m_peers.peerOf(id));
}

bool MainWindow::isWritable(quint64 id) const
{
    const QModelIndex index = m_endpointModel->indexOf(id);
    if (!index.isValid()
        || index.data(EndpointTreeModel::KindRole).toInt() != int(EndpointKind::Socket))
        return false;
    // Writes before the connection opens are queued, as in Node.
    const auto state = EndpointTreeModel::State(index.data(EndpointTreeModel::StateRole).toInt());
    return state != EndpointTreeModel::State::Closed && state != EndpointTreeModel::State::Error
            && state != EndpointTreeModel::State::ReadOnly;
}

void MainWindow::updateActions()
{
    // A send in progress ends when its endpoint can no longer be written to, selected or not.
    for (const quint64 id : m_composer->busyEndpoints())
        m_composer->setWritable(id, isWritable(id));
    const QModelIndex current = m_endpointModel->indexOf(m_selectedId);
    const bool selected = current.isValid();
    const auto state = EndpointTreeModel::State(current.data(EndpointTreeModel::StateRole).toInt());
    const bool live = selected && state != EndpointTreeModel::State::Closed
            && state != EndpointTreeModel::State::Error;
    const bool writable = isWritable(m_selectedId);
    const bool scriptRunning = m_engine->isScriptRunning();
    // Called for every batch of records: touch the widgets only when something changed, since
    // each change re-lays out toolbars and panels.
    const ActionState now {m_selectedId, live, writable, scriptRunning};
    if (m_actionState && *m_actionState == now)
        return;
    m_actionState = now;
    m_ui->actionEndEndpoint->setEnabled(live);
    m_ui->actionDestroyEndpoint->setEnabled(live);
    // A server has no RST to send.
    m_ui->actionResetEndpoint->setEnabled(
            live && current.data(EndpointTreeModel::KindRole).toInt() == int(EndpointKind::Socket));
    m_composer->setWritable(m_selectedId, writable);
    m_savedMessages->setTarget(m_selectedId, writable);
    m_ui->actionRunScript->setEnabled(!scriptRunning);
    m_ui->actionStopScript->setEnabled(scriptRunning);
}

void MainWindow::updateStatus()
{
    if (!m_statusCounts) {
        m_statusCounts = new StatusText(this);
        m_statusCounts->setObjectName(u"statusCounts"_s);
        m_statusCounts->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
        statusBar()->addPermanentWidget(m_statusCounts);
    }
    const QLocale locale;
    m_statusCounts->setText(
            tr("%1 endpoints (%2 live) · %3 events · in %4 · out %5")
                    .arg(m_endpointModel->endpointCount())
                    .arg(m_endpointModel->liveCount())
                    .arg(locale.toString(m_recordCount))
                    .arg(locale.formattedDataSize(m_bytesIn, 1, QLocale::DataSizeTraditionalFormat),
                         locale.formattedDataSize(m_bytesOut, 1,
                                                  QLocale::DataSizeTraditionalFormat)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About netbench"),
            tr("<h3>netbench %1</h3>"
               "<p>A workbench for TCP and Unix domain sockets, with Node.js <code>net</code> "
               "semantics on Qt %2.</p>"
               "<p>Every event and call is recorded; scripts run with <code>netbench run</code> "
               "or in the Script Console.</p>")
                            .arg(QStringLiteral(NETBENCH_VERSION), QString::fromLatin1(qVersion()))
                    + u"<p><a href=\"%1\">%1</a></p>"_s.arg(QStringLiteral(NETBENCH_HOMEPAGE)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int live = m_endpointModel->liveCount();
    if (live > 0 || m_engine->isScriptRunning()) {
        const QString text = m_engine->isScriptRunning()
                ? tr("A script is running and %n endpoint(s) are open. Close them and quit?",
                     nullptr, live)
                : tr("%n endpoint(s) are still open. Close them and quit?", nullptr, live);
        if (!m_prompts.confirm(this, tr("Quit netbench"), text)) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    for (TraceReviewWindow *review : reviewWindows())
        review->close();
    event->accept();
}

} // namespace gui
