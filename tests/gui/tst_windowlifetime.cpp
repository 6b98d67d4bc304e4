// The window closed while its engine is busy: a relay carrying traffic with its panel polling
// the counts, clients reconnecting every millisecond, the engine's signals still queued to the
// widgets; and the same workspace opened by a new window at once. Offscreen, over loopback;
// the tsan and asan presets run it too (label threads).

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/userprompts.h"
#include "session/enginethread.h"

#include "../session/threadspy.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;
using State = gui::EndpointTreeModel::State;

namespace {

constexpr int Timeout = 20000;

std::unique_ptr<MainWindow> newWindow()
{
    auto window = std::make_unique<MainWindow>();
    gui::UserPrompts prompts;
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    prompts.warn = [](QWidget *, const QString &, const QString &) {};
    window->setPrompts(prompts);
    window->show();
    return window;
}

// The ids of the rows at the top of the tree of that kind and state.
QList<quint64> roots(const MainWindow &window, netcore::EndpointKind kind, State state)
{
    QList<quint64> ids;
    const EndpointTreeModel *model = window.endpointModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(EndpointTreeModel::KindRole).toInt() == int(kind)
            && index.data(EndpointTreeModel::StateRole).toInt() == int(state))
            ids.append(index.data(EndpointTreeModel::IdRole).toULongLong());
    }
    return ids;
}

int listenerPort(const MainWindow &window, quint64 serverId)
{
    const EndpointTreeModel *model = window.endpointModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(EndpointTreeModel::IdRole).toULongLong() == serverId)
            return index.data(EndpointTreeModel::ConnectTargetRole)
                    .toString()
                    .section(u':', -1)
                    .toInt();
    }
    return 0;
}

session::ListenerSpec echoListener()
{
    session::ListenerSpec listener;
    listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
    listener.autoReply = session::AutoReply::Echo;
    return listener;
}

} // namespace

class tst_WindowLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void closedWithALiveRelayAndReconnectingClients();
    void workspaceOpenedAgainByANewWindowAtOnce();

private:
    QTemporaryDir m_dir;
};

void tst_WindowLifetime::closedWithALiveRelayAndReconnectingClients()
{
    for (int round = 0; round < 3; ++round) {
        std::unique_ptr<MainWindow> window = newWindow();
        session::EngineThread *engine = window->engineThread();
        ThreadSpy relays(engine->engine(), &session::Engine::relayCreated);
        ThreadSpy paired(engine->engine(), &session::Engine::relayLegsPaired);
        ThreadSpy reconnects(engine->engine(), &session::Engine::reconnectStarted);

        window->createListener(echoListener());
        QTRY_COMPARE_WITH_TIMEOUT(
                roots(*window, netcore::EndpointKind::Server, State::Listening).size(), 1, Timeout);
        const quint64 echoId
                = roots(*window, netcore::EndpointKind::Server, State::Listening).constFirst();
        int echoPort = 0;
        QTRY_VERIFY_WITH_TIMEOUT((echoPort = listenerPort(*window, echoId)) > 0, Timeout);

        session::RelaySpec relay;
        relay.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
        relay.target = netcore::ConnectOptions::tcp(echoPort, u"127.0.0.1"_s);
        relay.faults.serverToClient.latencyMs = 5;
        window->createRelay(relay);
        QTRY_COMPARE_WITH_TIMEOUT(relays.size(), 1, Timeout);
        const quint64 relayId = relays.constFirst().at(0).toULongLong();
        window->selectEndpoint(relayId); // the Relay panel polls its counts while shown
        int relayPort = 0;
        QTRY_VERIFY_WITH_TIMEOUT((relayPort = listenerPort(*window, relayId)) > 0, Timeout);

        // Clients through the relay, writing, so both legs carry data when the window goes.
        session::ClientSpec viaRelay;
        viaRelay.connect = netcore::ConnectOptions::tcp(relayPort, u"127.0.0.1"_s);
        viaRelay.connections = 3;
        window->createClient(viaRelay);
        QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 3, Timeout);
        for (const QList<QVariant> &pair : std::as_const(paired)) {
            const quint64 accepted = pair.at(1).toULongLong();
            engine->post([accepted](session::Engine &e) {
                for (int i = 0; i < 16; ++i)
                    e.write(accepted, QByteArray(64 * 1024, 'r'));
            });
        }

        // Clients that stay up against a Unix path nobody listens on, retrying every ms.
        session::ClientSpec stayUp;
        stayUp.connect = netcore::ConnectOptions::unixPath(m_dir.filePath(u"nobody"_s));
        stayUp.connections = 4;
        stayUp.reconnect.enabled = true;
        stayUp.reconnect.initialDelayMs = 1;
        stayUp.reconnect.backoffFactor = 1.0;
        stayUp.reconnect.maxDelayMs = 1;
        window->createClient(stayUp);
        QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 20, Timeout);

        window->close();
        window.reset();
        QCoreApplication::sendPostedEvents();
    }
}

// A workspace's listener and its linked client, opened by one window after another that is
// being destroyed with the same set-up live: each window gets its own listener and the client
// reaches it.
void tst_WindowLifetime::workspaceOpenedAgainByANewWindowAtOnce()
{
    const QString path = m_dir.filePath(u"again.nbw.json"_s);
    {
        std::unique_ptr<MainWindow> window = newWindow();
        window->createListener(echoListener());
        QTRY_COMPARE_WITH_TIMEOUT(
                roots(*window, netcore::EndpointKind::Server, State::Listening).size(), 1, Timeout);
        const quint64 serverId
                = roots(*window, netcore::EndpointKind::Server, State::Listening).constFirst();
        int port = 0;
        QTRY_VERIFY_WITH_TIMEOUT((port = listenerPort(*window, serverId)) > 0, Timeout);
        session::ClientSpec client;
        client.connect = netcore::ConnectOptions::tcp(port, u"127.0.0.1"_s);
        window->createClient(client);
        QTRY_COMPARE_WITH_TIMEOUT(roots(*window, netcore::EndpointKind::Socket, State::Open).size(),
                                  1, Timeout);
        QVERIFY(window->saveWorkspace(path));
    }

    std::unique_ptr<MainWindow> previous;
    for (int round = 0; round < 4; ++round) {
        std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window->openWorkspace(path));
        previous.reset(); // the last window goes while this one's set-up is starting
        previous = std::move(window);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
            roots(*previous, netcore::EndpointKind::Server, State::Listening).size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(roots(*previous, netcore::EndpointKind::Socket, State::Open).size(),
                              1, Timeout);
}

QTEST_MAIN(tst_WindowLifetime)
#include "tst_windowlifetime.moc"
