// The New Client dialog's "Connections" group: open N connections and reconnect (delay,
// backoff, longest wait, limit), offscreen; the choices survive a workspace round trip; in the
// window, the tree says which attempt comes when, and the selection follows the new socket.

#include "gui/endpointtreemodel.h"
#include "gui/mainwindow.h"
#include "gui/newclientdialog.h"

#include "session/workspace.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ReconnectOptions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogReadsAndRestoresTheChoices();
    void reconnectFieldsFollowTheCheckBox();
    void workspaceKeepsThem();
    void treeShowsAttemptsAndSelectionFollows();
};

namespace {

session::ClientSpec stayingUp()
{
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::tcp(8080, u"127.0.0.1"_s);
    spec.connections = 12;
    spec.reconnect = {.enabled = true,
                      .initialDelayMs = 250,
                      .backoffFactor = 1.5,
                      .maxDelayMs = 8000,
                      .maxAttempts = 9};
    return spec;
}

} // namespace

void tst_ReconnectOptions::dialogReadsAndRestoresTheChoices()
{
    gui::NewClientDialog dialog;
    const session::ClientSpec defaults = dialog.spec();
    QCOMPARE(defaults.connections, 1);
    QVERIFY(!defaults.reconnect.enabled);
    dialog.setSpec(stayingUp());
    const session::ClientSpec read = dialog.spec();
    QCOMPARE(read.connections, 12);
    QCOMPARE(read.reconnect, stayingUp().reconnect);
    // Typed in the fields, as a user would.
    dialog.findChild<QSpinBox *>(u"connectionsSpin"_s)->setValue(3);
    dialog.findChild<QSpinBox *>(u"maxAttemptsSpin"_s)->setValue(0);
    dialog.findChild<QDoubleSpinBox *>(u"backoffSpin"_s)->setValue(2.0);
    QCOMPARE(dialog.spec().connections, 3);
    QCOMPARE(dialog.spec().reconnect.maxAttempts, 0);
    QCOMPARE(dialog.spec().reconnect.backoffFactor, 2.0);
}

void tst_ReconnectOptions::reconnectFieldsFollowTheCheckBox()
{
    gui::NewClientDialog dialog;
    auto *check = dialog.findChild<QCheckBox *>(u"reconnectCheck"_s);
    const QList<QWidget *> fields {dialog.findChild<QSpinBox *>(u"reconnectDelaySpin"_s),
                                   dialog.findChild<QDoubleSpinBox *>(u"backoffSpin"_s),
                                   dialog.findChild<QSpinBox *>(u"maxDelaySpin"_s),
                                   dialog.findChild<QSpinBox *>(u"maxAttemptsSpin"_s)};
    for (QWidget *field : fields)
        QVERIFY(field && !field->isEnabled());
    check->setChecked(true);
    for (QWidget *field : fields)
        QVERIFY(field->isEnabled());
    // A longest wait below the first is read as the first.
    dialog.findChild<QSpinBox *>(u"reconnectDelaySpin"_s)->setValue(5000);
    dialog.findChild<QSpinBox *>(u"maxDelaySpin"_s)->setValue(100);
    QVERIFY2(dialog.spec().reconnect.validationError().isEmpty(),
             qPrintable(dialog.spec().reconnect.validationError()));
}

void tst_ReconnectOptions::workspaceKeepsThem()
{
    session::Workspace workspace;
    workspace.clients = {stayingUp(), session::ClientSpec()};
    session::Workspace read;
    QString error;
    QVERIFY2(session::Workspace::fromJson(workspace.toJson(), &read, &error), qPrintable(error));
    QCOMPARE(read.clients.size(), 2);
    QCOMPARE(read.clients.at(0).connections, 12);
    QCOMPARE(read.clients.at(0).reconnect, stayingUp().reconnect);
    QCOMPARE(read.clients.at(1).connections, 1);
    QVERIFY(!read.clients.at(1).reconnect.enabled);
}

void tst_ReconnectOptions::treeShowsAttemptsAndSelectionFollows()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    gui::MainWindow window;
    window.show();
    session::ClientSpec spec;
    spec.connect = netcore::ConnectOptions::unixPath(dir.filePath(u"nobody.sock"_s));
    // The first attempt soon, the second 10 s later: long enough to be read in the tree.
    spec.reconnect = {.enabled = true,
                      .initialDelayMs = 50,
                      .backoffFactor = 200,
                      .maxDelayMs = 10000,
                      .maxAttempts = 10};
    window.createClient(spec);
    const gui::EndpointTreeModel *model = window.endpointModel();
    QTRY_VERIFY(model->rowCount() > 0);
    const quint64 first = model->index(0, 0).data(gui::EndpointTreeModel::IdRole).toULongLong();
    const auto stateText = [model](quint64 id) {
        return model->indexOf(id, gui::EndpointTreeModel::StateColumn).data().toString();
    };
    // The first socket is refused (no such file); attempt 1 replaces it within 50 ms and is
    // refused too: its row says which attempt comes next, and when, and it is selected.
    QTRY_VERIFY2_WITH_TIMEOUT(stateText(window.selectedEndpoint())
                                      .contains(u"reconnecting, attempt 2 of 10, next in 10.0 s"_s),
                              qPrintable(stateText(window.selectedEndpoint())), 10000);
    const quint64 second = window.selectedEndpoint();
    QVERIFY(second != first);
    QVERIFY2(stateText(first).contains(u"replaced by #%1"_s.arg(second)),
             qPrintable(stateText(first)));
}

QTEST_MAIN(tst_ReconnectOptions)
#include "tst_reconnectoptions.moc"
