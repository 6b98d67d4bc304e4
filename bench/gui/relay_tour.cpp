// Drives the real main window through a relay and saves the README's picture of it: an echo
// listener on 127.0.0.1 (the server), a relay in front of it whose replies are cut into
// pieces of 1 to 6 bytes with 80 ms of latency, and a client connected through the relay that
// sends two requests. The client leg is selected: the tree shows the relay with the client leg
// and its target leg, the Relay panel its faults and counts, the two conversations the two
// legs. Run under Xvfb by bench/gui/relay-tour.
//
//   relay_tour OUTPUT_DIR

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/relaypanel.h"
#include "session/engine.h"
#include "session/enginethread.h"
#include "windowdriver.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using windowdriver::settle;
using windowdriver::waitUntil;

namespace {

// The relay's row: a listening root whose label says relay; invalid until it shows.
QModelIndex relayRow(const EndpointTreeModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString().contains(u" relay "_s)
            && index.data(EndpointTreeModel::StateRole).toInt()
                    == int(EndpointTreeModel::State::Listening))
            return index;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"netbench-tour"_s);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(outDir);

    gui::MainWindow window;
    windowdriver::answerQuestionsYes(window);
    window.resize(1580, 960);
    window.move(0, 0);
    window.show();
    settle(300); // the first-run layout is applied on the first turn of the loop
    // Only the panels of the picture, in one column right of the stream: the Relay panel, and
    // under it the two legs' conversations.
    auto *relayDock = window.findChild<QDockWidget *>(u"relayDock"_s);
    auto *conversationDock = window.findChild<QDockWidget *>(u"conversationDock"_s);
    auto *peerDock = window.findChild<QDockWidget *>(u"peerConversationDock"_s);
    auto *endpointsDock = window.findChild<QDockWidget *>(u"endpointsDock"_s);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock != endpointsDock)
            dock->hide();
    }
    for (QDockWidget *dock : {relayDock, conversationDock, peerDock}) {
        dock->setFloating(false);
        window.addDockWidget(Qt::RightDockWidgetArea, dock, Qt::Vertical);
        dock->show();
    }
    settle(100);
    window.resizeDocks({endpointsDock, relayDock}, {300, 600}, Qt::Horizontal);
    window.resizeDocks({relayDock, conversationDock, peerDock}, {470, 220, 220}, Qt::Vertical);
    session::EngineThread *engine = window.engineThread();
    const EndpointTreeModel *model = window.endpointModel();

    // The real server: an echo listener.
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    const int serverPort = windowdriver::startListener(window, listener);
    if (serverPort <= 0)
        return 1;

    // The relay, replies chopped and late.
    session::RelaySpec relay;
    relay.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    relay.target = netcore::ConnectOptions::tcp(serverPort, u"127.0.0.1"_s);
    relay.faults.serverToClient.latencyMs = 80;
    relay.faults.serverToClient.pieceMin = 1;
    relay.faults.serverToClient.pieceMax = 6;
    relay.faults.serverToClient.piecePauseMs = 15;
    window.createRelay(relay);
    QModelIndex relayIndex;
    if (!waitUntil([&] { return (relayIndex = relayRow(model)).isValid(); }))
        return 1;
    const quint64 relayId = relayIndex.data(EndpointTreeModel::IdRole).toULongLong();
    const int relayPort
            = relayIndex.data().toString().section(u" → "_s, 0, 0).section(u':', -1).toInt();

    // The client, through the relay.
    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(relayPort, u"127.0.0.1"_s);
    window.createClient(client);
    quint64 clientId = 0;
    if (!waitUntil([&] {
            for (int row = model->rowCount() - 1; row >= 0; --row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data().toString().contains(u"client socket → "_s)
                    && index.data(EndpointTreeModel::StateRole).toInt()
                            == int(EndpointTreeModel::State::Open))
                    return (clientId = index.data(EndpointTreeModel::IdRole).toULongLong()) != 0;
            }
            return false;
        }))
        return 1;
    settle(200);
    engine->post([clientId](session::Engine &e) {
        e.write(clientId, "GET /status HTTP/1.1\r\nHost: localhost\r\n\r\n");
    });
    settle(900);
    engine->post([clientId](session::Engine &e) { e.write(clientId, "PING 1\r\n"); });
    settle(900);

    // The relay's client leg selected: its conversation, the target leg's beside it.
    const QModelIndex clientLeg = model->index(0, 0, model->indexOf(relayId));
    if (!clientLeg.isValid())
        return 1;
    window.selectEndpoint(clientLeg.data(EndpointTreeModel::IdRole).toULongLong());
    window.endpointView()->expandAll();
    settle(1200); // the panel's counts refresh twice a second
    // The direction with the faults in view.
    if (auto *scroll = window.findChild<QScrollArea *>(u"relayScroll"_s))
        scroll->ensureWidgetVisible(window.findChild<QWidget *>(u"s2cGroup"_s), 0, 0);
    settle(200);

    QPixmap shot;
    if (QScreen *screen = window.screen();
        screen && qEnvironmentVariable("QT_QPA_PLATFORM") != u"offscreen")
        shot = screen->grabWindow(window.winId());
    if (shot.isNull())
        shot = window.grab();
    const QString path = outDir + u"/relay.png"_s;
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    window.close();
    return ok ? 0 : 1;
}
