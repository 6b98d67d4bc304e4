// The New Client dialog's "Connections" group: open N connections and reconnect (delay,
// backoff, longest wait, limit), offscreen; the choices survive a workspace round trip.

#include "gui/newclientdialog.h"

#include "session/workspace.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ReconnectOptions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogReadsAndRestoresTheChoices();
    void reconnectFieldsFollowTheCheckBox();
    void workspaceKeepsThem();
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

QTEST_MAIN(tst_ReconnectOptions)
#include "tst_reconnectoptions.moc"
