// Remove Closed lets go of everything kept for the removed endpoints, in the window and in the
// engine: a listener that accepted many short connections comes back to one registry entry.

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/userprompts.h"
#include "session/enginethread.h"

#include "net/socket.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;

namespace {

constexpr int Timeout = 30000;

// The rows under the listener's row and how many of them are closed.
std::pair<int, int> rowsUnderListener(const MainWindow &window)
{
    const EndpointTreeModel *model = window.endpointModel();
    if (model->rowCount() != 1)
        return {0, 0};
    const QModelIndex listener = model->index(0, 0);
    int closed = 0;
    for (int row = 0; row < model->rowCount(listener); ++row) {
        if (model->index(row, 0, listener).data(EndpointTreeModel::StateRole).toInt()
            == int(EndpointTreeModel::State::Closed))
            ++closed;
    }
    return {model->rowCount(listener), closed};
}

} // namespace

class tst_RemoveClosed final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releasesTheEnginesEndpoints();
};

void tst_RemoveClosed::releasesTheEnginesEndpoints()
{
    constexpr int Connections = 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"busy.sock"_s);
    MainWindow window;
    gui::UserPrompts prompts; // closing with the listener still open asks first
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    window.setPrompts(prompts);
    session::ListenerSpec spec;
    spec.listen = netcore::ListenOptions::unixPath(path);
    spec.autoReply = session::AutoReply::Echo;
    window.createListener(spec);
    QTRY_COMPARE_WITH_TIMEOUT(
            window.endpointModel()->index(0, 0).data(EndpointTreeModel::StateRole).toInt(),
            int(EndpointTreeModel::State::Listening), Timeout);

    int closedClients = 0;
    for (int i = 0; i < Connections; ++i) {
        auto *client = new netcore::Socket(this);
        connect(client, &netcore::Socket::connected, client, [client] { client->end(); });
        connect(client, &netcore::Socket::closed, this, [client, &closedClients] {
            ++closedClients;
            client->deleteLater();
        });
        QVERIFY(!client->connectTo(netcore::ConnectOptions::unixPath(path)));
        if (i % 20 == 19) // a few at a time: the listener's backlog is not the subject here
            QTRY_COMPARE_WITH_TIMEOUT(closedClients, i + 1, Timeout);
    }
    QTRY_COMPARE_WITH_TIMEOUT(rowsUnderListener(window), std::make_pair(Connections, Connections),
                              Timeout);
    const session::EndpointRegistry &registry = window.engineThread()->registry();
    QCOMPARE(registry.size(), Connections + 1);

    window.findChild<QAction *>(u"actionRemoveClosed"_s)->trigger();
    QCOMPARE(rowsUnderListener(window), std::make_pair(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(registry.size(), 1, Timeout);
    window.close();
}

QTEST_MAIN(tst_RemoveClosed)
#include "tst_removeclosed.moc"
