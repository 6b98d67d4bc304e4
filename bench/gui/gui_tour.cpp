// Drives the real main window through a short lesson and saves screenshots: an echo listener
// on 127.0.0.1, a client that sends a few lines and half-closes, the client selected so the
// inspector and the conversation show it. The README's screenshots come from this, run in a
// real window under Xvfb (bench/gui/tour).
//
//   gui_tour OUTPUT_DIR

#include "gui/composerwidget.h"
#include "gui/endpointtreemodel.h"
#include "gui/eventstreamwidget.h"
#include "gui/mainwindow.h"
#include "session/enginethread.h"
#include "windowdriver.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using windowdriver::settle;
using windowdriver::waitUntil;

bool save(QWidget *window, const QString &path)
{
    QPixmap pixmap;
    if (QScreen *screen = window->screen();
        screen && qEnvironmentVariable("QT_QPA_PLATFORM") != u"offscreen")
        pixmap = screen->grabWindow(window->winId());
    if (pixmap.isNull())
        pixmap = window->grab();
    const bool ok = pixmap.save(path);
    std::printf("%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
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
    window.resize(1600, 1000);
    window.show();
    session::EngineThread *engine = window.engineThread();
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    listener.server.allowHalfOpen = true;
    const int port = windowdriver::startListener(window, listener);
    if (port <= 0)
        return 1;

    session::ClientSpec client;
    client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
    client.connect.noDelay = true;
    client.allowHalfOpen = true;
    window.createClient(client);
    gui::EndpointTreeModel *model = window.endpointModel();
    quint64 clientId = 0;
    waitUntil([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(gui::EndpointTreeModel::KindRole).toInt()
                        == int(netcore::EndpointKind::Socket)
                && index.data(gui::EndpointTreeModel::StateRole).toInt()
                        == int(gui::EndpointTreeModel::State::Open))
                clientId = index.data(gui::EndpointTreeModel::IdRole).toULongLong();
        }
        return clientId != 0;
    });
    window.selectEndpoint(clientId);
    settle(300);

    gui::ComposerWidget *composer = window.composer();
    for (const QString &line : {u"GET / HTTP/1.1\\r\\nHost: localhost\\r\\n\\r\\n"_s,
                                u"hello, netbench\\n"_s, u"\\x00\\x01\\x02 binary\\xff\\n"_s}) {
        composer->setPayloadText(line);
        composer->send();
        settle(400);
    }
    // A data row selected: the details pane shows all of its fields.
    if (auto *table = window.eventStream()->findChild<QTableView *>(u"tableView"_s)) {
        const QAbstractItemModel *events = table->model();
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->index(row, 3).data().toString() == u"data") {
                table->setCurrentIndex(events->index(row, 0));
                break;
            }
        }
    }
    settle(300);
    save(&window, outDir + u"/window-open.png"_s);

    // Half-close: the client ends, the echo ends after it.
    engine->post([clientId](session::Engine &e) { e.end(clientId); });
    settle(1200);
    window.selectEndpoint(clientId);
    settle(600);
    save(&window, outDir + u"/window-half-close.png"_s);

    window.close();
    return 0;
}
