// A saved workspace opens to the same working set-up: a listener saved with port 0 gets a new
// port when the workspace is opened again, and the client that was connected to it follows it
// there, never to the port the listener had before (which someone else may hold by then).

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/relaypanel.h"
#include "gui/userprompts.h"
#include "session/enginethread.h"

#include "net/server.h"
#include "net/socket.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::MainWindow;
using State = gui::EndpointTreeModel::State;

namespace {

constexpr int Timeout = 15000;

void answerPrompts(MainWindow &window, QStringList *warnings)
{
    gui::UserPrompts prompts;
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    prompts.warn = [warnings](QWidget *, const QString &, const QString &text) {
        warnings->append(text);
    };
    window.setPrompts(prompts);
}

// The rows at the top of the tree of that kind and state, as their ids.
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

// The number of connections the listener row has accepted (its children).
int acceptedBy(const MainWindow &window, quint64 serverId)
{
    const EndpointTreeModel *model = window.endpointModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(EndpointTreeModel::IdRole).toULongLong() == serverId)
            return model->rowCount(index);
    }
    return -1;
}

int listenerPort(const MainWindow &window, quint64 serverId)
{
    const EndpointTreeModel *model = window.endpointModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(EndpointTreeModel::IdRole).toULongLong() == serverId) {
            const QString target = index.data(EndpointTreeModel::ConnectTargetRole).toString();
            return target.section(u':', -1).toInt(); // "127.0.0.1:PORT"
        }
    }
    return 0;
}

} // namespace

class tst_WorkspaceReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void clientFollowsItsListenerToItsNewPort();
    void relayIsSavedAndReopened();

private:
    QTemporaryDir m_dir;
};

void tst_WorkspaceReplay::clientFollowsItsListenerToItsNewPort()
{
    const QString path = m_dir.filePath(u"replay.nbw.json"_s);
    QStringList warnings;
    int oldPort = 0;
    {
        MainWindow window;
        answerPrompts(window, &warnings);
        session::ListenerSpec listener;
        listener.listen = netcore::ListenOptions::tcp(0, u"127.0.0.1"_s);
        listener.autoReply = session::AutoReply::Echo;
        window.createListener(listener);
        QTRY_COMPARE_WITH_TIMEOUT(
                roots(window, netcore::EndpointKind::Server, State::Listening).size(), 1, Timeout);
        const quint64 serverId
                = roots(window, netcore::EndpointKind::Server, State::Listening).constFirst();
        QTRY_VERIFY_WITH_TIMEOUT((oldPort = listenerPort(window, serverId)) > 0, Timeout);

        session::ClientSpec client; // as New Client fills it in from the live listener
        client.connect = netcore::ConnectOptions::tcp(oldPort, u"127.0.0.1"_s);
        window.createClient(client);
        QTRY_COMPARE_WITH_TIMEOUT(roots(window, netcore::EndpointKind::Socket, State::Open).size(),
                                  1, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(acceptedBy(window, serverId), 1, Timeout);
        QVERIFY(window.saveWorkspace(path));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        window.close();
    }

    // Someone else's server takes the old port; a client sent there would reach it.
    netcore::Server impostor;
    QSignalSpy impostorListening(&impostor, &netcore::Server::listening);
    QSignalSpy impostorConnections(&impostor, &netcore::Server::newConnection);
    QVERIFY(!impostor.listen(oldPort, u"127.0.0.1"_s));
    QVERIFY(impostorListening.wait(Timeout));

    MainWindow window;
    answerPrompts(window, &warnings);
    QVERIFY(window.openWorkspace(path));
    QTRY_COMPARE_WITH_TIMEOUT(roots(window, netcore::EndpointKind::Server, State::Listening).size(),
                              1, Timeout);
    const quint64 serverId
            = roots(window, netcore::EndpointKind::Server, State::Listening).constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(roots(window, netcore::EndpointKind::Socket, State::Open).size()
                                      + impostorConnections.size(),
                              1, Timeout);
    QCOMPARE(impostorConnections.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(acceptedBy(window, serverId), 1, Timeout);
    const int newPort = listenerPort(window, serverId);
    QVERIFY(newPort > 0 && newPort != oldPort);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    // Saved again, the client still follows the listener, and it has the port it reached.
    QCOMPARE(window.workspace().clients.size(), 1);
    QCOMPARE(window.workspace().clients.constFirst().connect.port, std::optional<int>(newPort));
    window.close();
}

// A relay is saved with its listen side, target and faults (also those changed in the Relay
// panel), and opening the workspace makes it again: a client reaches the server through it.
void tst_WorkspaceReplay::relayIsSavedAndReopened()
{
    const QString path = m_dir.filePath(u"relay.nbw.json"_s);
    const QString relayPath = m_dir.filePath(u"relay.sock"_s);
    netcore::Server server {netcore::ServerOptions {.allowHalfOpen = true}};
    connect(&server, &netcore::Server::newConnection, &server, [](netcore::Socket *socket) {
        connect(socket, &netcore::Socket::dataReceived, socket,
                [socket](const QByteArray &chunk) { socket->write(chunk); });
    });
    QSignalSpy listening(&server, &netcore::Server::listening);
    QVERIFY(!server.listen(netcore::ListenOptions::unixPath(m_dir.filePath(u"server.sock"_s))));
    QVERIFY(listening.wait(Timeout));

    QStringList warnings;
    session::RelaySpec relay;
    relay.listen = netcore::ListenOptions::unixPath(relayPath);
    relay.target = netcore::ConnectOptions::unixPath(m_dir.filePath(u"server.sock"_s));
    relay.connectTimeoutMs = 3000;
    relay.faults.serverToClient.pieceMin = 2;
    relay.faults.serverToClient.pieceMax = 2;
    session::RelayFaults changed = relay.faults;
    changed.clientToServer.latencyMs = 7;
    {
        MainWindow window;
        answerPrompts(window, &warnings);
        window.createRelay(relay);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(relayPath), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.relayPanel()->relay() != 0, Timeout);
        window.relayPanel()->findChild<QSpinBox *>(u"c2sLatency"_s)->setValue(7);
        QCOMPARE(window.relayPanel()->faults(), changed);
        QCOMPARE(window.workspace().relays.size(), 1);
        QVERIFY(window.saveWorkspace(path));
        window.close();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(relayPath), Timeout); // closed with the window

    MainWindow window;
    answerPrompts(window, &warnings);
    QVERIFY(window.openWorkspace(path));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(relayPath), Timeout);
    QCOMPARE(window.workspace().relays.size(), 1);
    const session::RelaySpec &reopened = window.workspace().relays.constFirst();
    QCOMPARE(reopened.listen.path, relayPath);
    QCOMPARE(reopened.target.path, relay.target.path);
    QCOMPARE(reopened.connectTimeoutMs, 3000);
    QCOMPARE(reopened.faults, changed);

    netcore::Socket client;
    QByteArray received;
    connect(&client, &netcore::Socket::dataReceived, &client,
            [&](const QByteArray &chunk) { received += chunk; });
    client.connectToPath(relayPath);
    client.write("through the relay"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(received, "through the relay"_ba, Timeout);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    window.close();
}

QTEST_MAIN(tst_WorkspaceReplay)
#include "tst_workspacereplay.moc"
