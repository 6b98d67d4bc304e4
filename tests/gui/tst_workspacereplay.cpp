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

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void unusablePartsAreToldAndKept();

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

// A workspace with a rule that does not compile and a listener with a port out of range opens
// all the same: the window says which entry, which rule and why, the good rule answers, the
// bad listener fails in the tree instead of listening elsewhere, and saving again keeps the
// rule as the user wrote it.
void tst_WorkspaceReplay::unusablePartsAreToldAndKept()
{
    const QString path = m_dir.filePath(u"unusable.nbw.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"netbench-workspace","version":1,"listeners":[)"
               R"({"port":0,"host":"127.0.0.1","replyRules":{"framing":"chunk","rules":)"
               R"(["contains:PING=PONG","re:(unclosed=x"]}},)"
               R"({"port":70000,"host":"127.0.0.1"}]})");
    file.close();

    QStringList warnings;
    MainWindow window;
    answerPrompts(window, &warnings);
    QVERIFY(window.openWorkspace(path));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"Listener 1 (port 0): auto-reply rule 2: bad "
                                            "regular expression"_s),
             qPrintable(warnings.constFirst()));
    QVERIFY2(warnings.constFirst().contains(u"Listener 2 (port 70000): port 70000 is not a whole "
                                            "number from 0 to 65535"_s),
             qPrintable(warnings.constFirst()));

    QTRY_COMPARE_WITH_TIMEOUT(roots(window, netcore::EndpointKind::Server, State::Listening).size(),
                              1, Timeout);
    // The other is in the tree, not listening: its listen() call was refused (the port is
    // never read as 0, which would have listened on a port of the kernel's choosing).
    QTRY_COMPARE_WITH_TIMEOUT(window.endpointModel()->rowCount(), 2, Timeout);
    const quint64 serverId
            = roots(window, netcore::EndpointKind::Server, State::Listening).constFirst();
    int port = 0;
    QTRY_VERIFY_WITH_TIMEOUT((port = listenerPort(window, serverId)) > 0, Timeout);
    netcore::Socket client;
    QByteArray answer;
    connect(&client, &netcore::Socket::dataReceived, this,
            [&answer](const QByteArray &data) { answer += data; });
    QVERIFY(!client.connectTo(port, u"127.0.0.1"_s));
    client.write("PING");
    QTRY_COMPARE_WITH_TIMEOUT(answer, "PONG"_ba, Timeout);

    const QString again = m_dir.filePath(u"unusable-again.nbw.json"_s);
    QVERIFY(window.saveWorkspace(again));
    QFile saved(again);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonArray listeners
            = QJsonDocument::fromJson(saved.readAll()).object()[u"listeners"_s].toArray();
    QCOMPARE(listeners.size(), 2);
    const QJsonArray rules
            = listeners[0].toObject()[u"replyRules"_s].toObject()[u"rules"_s].toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[1].toString(), u"re:(unclosed=x"_s);
    window.close();
}

QTEST_MAIN(tst_WorkspaceReplay)
#include "tst_workspacereplay.moc"
