// Drives the real main window through a short conversation and saves the README's picture of
// the sequence diagram: an echo listener on 127.0.0.1; a client whose two writes reach the
// server as one chunk, echoed back; a pause, an idle second, the client's end() and the FIN
// both ways; a second client reset by the server's side (RST -> ECONNRESET). Run under Xvfb
// by bench/gui/sequence-tour.
//
// With --lesson it saves the README's picture of a lesson instead: the Lessons panel runs
// "Connect, send, close" with Next and the learner's send up to its data step, whose noticed rows
// the stream and the diagram select.
//
//   sequence_tour OUTPUT_DIR [--lesson]

#include "gui/composerwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/lessonpanel.h"
#include "gui/mainwindow.h"
#include "gui/sequencediagramwidget.h"
#include "gui/sequenceview.h"
#include "session/engine.h"
#include "session/enginethread.h"
#include "windowdriver.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollBar>

#include <cstdio>

using namespace Qt::StringLiterals;
using windowdriver::settle;
using windowdriver::waitUntil;
using State = gui::EndpointTreeModel::State;

namespace {

// The newest open client at the top level of the tree, or 0.
quint64 newestOpenClient(const gui::EndpointTreeModel *model, quint64 after)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        const quint64 id = index.data(gui::EndpointTreeModel::IdRole).toULongLong();
        if (id > after
            && index.data(gui::EndpointTreeModel::KindRole).toInt()
                    == int(netcore::EndpointKind::Socket)
            && index.data(gui::EndpointTreeModel::StateRole).toInt() == int(State::Open))
            return id;
    }
    return 0;
}

// The endpoint the running lesson named label, anywhere in the tree, or 0: the tree shows it
// first ("client · #5 client socket …"), as a learner finds it.
quint64 endpointLabelled(const gui::EndpointTreeModel *model, const QString &label,
                         const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(label + u" · "_s))
            return index.data(gui::EndpointTreeModel::IdRole).toULongLong();
        if (const quint64 id = endpointLabelled(model, label, index))
            return id;
    }
    return 0;
}

// The newest connection accepted by the server, or 0.
quint64 newestAccepted(const gui::EndpointTreeModel *model, quint64 server)
{
    const QModelIndex parent = model->indexOf(server);
    const int rows = model->rowCount(parent);
    return rows
            ? model->index(rows - 1, 0, parent).data(gui::EndpointTreeModel::IdRole).toULongLong()
            : 0;
}

// The whole window, also where its docks' least widths make it wider than the screen (a
// grab of the screen cut it off there).
bool save(gui::MainWindow &window, const QString &path)
{
    return window.grab().save(path);
}

// The lesson's first steps as a learner: Next, and on the learner step what its do: line says
// (select the socket named client in the tree, type hello in the composer, Send), until the
// step "Data flows" is done.
int lessonTour(const QString &outDir)
{
    gui::MainWindow window;
    windowdriver::answerQuestionsYes(window);
    window.resize(1900, 1060);
    window.show();
    settle(300);
    for (const char *name :
         {"inspectorDock", "composerDock", "scriptDock", "relayDock", "savedMessagesDock",
          "conversationDock", "explainDock", "peerConversationDock"}) {
        if (auto *other = window.findChild<QDockWidget *>(QString::fromLatin1(name)))
            other->hide();
    }
    // The lesson beside the diagram, both as tall as the window.
    auto *lessons = window.findChild<QDockWidget *>(u"lessonsDock"_s);
    auto *dock = window.findChild<QDockWidget *>(u"sequenceDock"_s);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.splitDockWidget(dock, lessons, Qt::Horizontal);
    lessons->show();
    dock->show();
    settle(100);
    window.resizeDocks({dock, lessons}, {640, 420}, Qt::Horizontal);
    window.resize(1900, 1060);
    window.sequenceDiagram()->view()->setZoom(0.9);
    auto *panel = window.findChild<gui::LessonPanel *>(u"lessonPanel"_s);
    auto *next = panel->findChild<QPushButton *>(u"lessonNextButton"_s);
    auto *doIt = panel->findChild<QPushButton *>(u"lessonDoButton"_s);
    if (!panel->selectLesson(u"connect-data-close"_s))
        return 1;
    panel->start();
    const int dataStep = 2;
    while (!(panel->reachedStep() == dataStep && panel->isReachedStepDone())) {
        if (!waitUntil(
                    [&] { return next->isEnabled() || doIt->isEnabled() || !panel->isRunning(); }))
            return 1;
        if (!panel->isRunning())
            return 1;
        settle(150);
        if (doIt->isEnabled()) {
            const quint64 client = endpointLabelled(window.endpointModel(), u"client"_s);
            if (client == 0)
                return 1;
            window.selectEndpoint(client);
            settle(100);
            window.composer()->setPayloadText(u"hello"_s);
            auto *send = window.composer()->findChild<QPushButton *>(u"sendButton"_s);
            if (!waitUntil([send] { return send->isEnabled(); }))
                return 1;
            send->click();
            if (!waitUntil([&] { return panel->isReachedStepDone() || !panel->isRunning(); }))
                return 1;
        } else {
            next->click();
        }
        settle(150);
    }
    settle(600);
    const QString path = outDir + u"/lesson.png"_s;
    const bool ok = save(window, path);
    std::printf("%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    window.close();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"netbench-tour"_s);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(outDir);
    if (argc > 2 && qstrcmp(argv[2], "--lesson") == 0)
        return lessonTour(outDir);

    gui::MainWindow window;
    windowdriver::answerQuestionsYes(window);
    window.resize(1900, 1060);
    window.show();
    // The diagram beside the stream, as tall as the window: every other dock is put away for
    // the picture.
    settle(300); // the first-run layout is applied on the first turn of the loop
    for (const char *name :
         {"inspectorDock", "composerDock", "scriptDock", "relayDock", "savedMessagesDock",
          "conversationDock", "explainDock", "peerConversationDock", "lessonsDock"}) {
        if (auto *other = window.findChild<QDockWidget *>(QString::fromLatin1(name)))
            other->hide();
    }
    auto *dock = window.findChild<QDockWidget *>(u"sequenceDock"_s);
    dock->show();
    dock->raise();
    settle(100);
    window.resizeDocks({dock}, {960}, Qt::Horizontal);
    gui::SequenceDiagramWidget *diagram = window.sequenceDiagram();
    diagram->view()->setZoom(0.85);
    session::EngineThread *engine = window.engineThread();
    const gui::EndpointTreeModel *model = window.endpointModel();

    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    const int port = windowdriver::startListener(window, listener);
    if (port <= 0)
        return 1;
    const quint64 server = model->index(0, 0).data(gui::EndpointTreeModel::IdRole).toULongLong();

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    window.createClient(client);
    quint64 a = 0;
    if (!waitUntil([&] { return (a = newestOpenClient(model, 0)) != 0; }))
        return 1;
    settle(200);
    // Two writes in one turn of the engine's loop: the server reads them as one chunk.
    engine->post([a](session::Engine &e) {
        e.write(a, "GET / HTTP/1.1\r\n");
        e.write(a, "Host: localhost\r\n\r\n");
    });
    settle(300);
    engine->post([a](session::Engine &e) { e.pause(a); });
    settle(200);
    engine->post([a](session::Engine &e) { e.resume(a); });
    settle(1400); // an idle stretch: the diagram folds it into one row
    engine->post([a](session::Engine &e) { e.end(a); });
    settle(400);

    window.createClient(client);
    quint64 b = 0;
    if (!waitUntil([&] { return (b = newestOpenClient(model, a)) != 0; }))
        return 1;
    quint64 acceptedB = 0;
    if (!waitUntil([&] { return (acceptedB = newestAccepted(model, server)) > a; }))
        return 1;
    settle(200);
    engine->post([acceptedB](session::Engine &e) { e.resetAndDestroy(acceptedB); });
    settle(600);

    // The FIN arrow selected, as a click would.
    const auto &layout = diagram->layout();
    for (qsizetype row = 0; row < layout.itemCount(); ++row) {
        if (layout.item(row).kind == gui::SequenceItem::Kind::Fin) {
            diagram->selectRecord(layout.seqOfRow(row));
            Q_EMIT diagram->recordActivated(layout.seqOfRow(row));
            break;
        }
    }
    diagram->view()->verticalScrollBar()->setValue(0);
    settle(400);

    const QString path = outDir + u"/sequence-diagram.png"_s;
    const bool ok = save(window, path);
    std::printf("%s %s (%lld rows, %lld lanes)\n", ok ? "saved" : "could not save",
                qPrintable(path), qlonglong(layout.itemCount()), qlonglong(layout.lanes().size()));
    window.close();
    return ok ? 0 : 1;
}
