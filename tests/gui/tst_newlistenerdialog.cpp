#include "gui/newlistenerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace gui;
using namespace Qt::StringLiterals;

namespace {

// Answers the Browse… button without a file dialog.
class ScriptedListenerDialog final : public NewListenerDialog
{
public:
    QString answer;
    QString askedWith;

protected:
    QString chooseSocketPath(const QString &current) override
    {
        askedWith = current;
        return answer;
    }
};

template<typename T> T *child(QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

bool okEnabled(QWidget &dialog)
{
    return child<QPushButton>(dialog, "okButton")->isEnabled();
}

QString shownProblem(QWidget &dialog)
{
    QLabel *label = child<QLabel>(dialog, "problemLabel");
    return label->isVisibleTo(&dialog) ? label->text() : QString();
}

QString shownWarning(QWidget &dialog)
{
    QLabel *label = child<QLabel>(dialog, "exposureWarning");
    return label->isVisibleTo(&dialog) ? label->text() : QString();
}

} // namespace

class tst_NewListenerDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaultsToLoopbackEphemeralPort();
    void tcpFieldsMakeTheSpec();
    void badPortDisablesOk_data();
    void badPortDisablesOk();
    void allInterfacesWarn_data();
    void allInterfacesWarn();
    void ipcDefaultsToFreshPath();
    void ipcPathValidation();
    void browseAsksTheSeam();
    void setSpecRoundTrips_data();
    void setSpecRoundTrips();
    void acceptEmitsTheIntentOnlyWhenValid();
    void screenshot();
};

void tst_NewListenerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_NewListenerDialog::defaultsToLoopbackEphemeralPort()
{
    NewListenerDialog dialog;
    QVERIFY(child<QRadioButton>(dialog, "tcpRadio")->isChecked());
    const session::ListenerSpec spec = dialog.spec();
    QCOMPARE(spec.listen.host, u"127.0.0.1"_s);
    QCOMPARE(spec.listen.port, std::optional<int>(0));
    QVERIFY(spec.listen.path.isEmpty());
    QCOMPARE(spec.listen.backlog, 511);
    QCOMPARE(spec.listen.exclusive, false);
    QCOMPARE(spec.server.allowHalfOpen, false);
    QCOMPARE(spec.server.pauseOnConnect, false);
    QCOMPARE(spec.maxConnections, -1);
    QCOMPARE(spec.autoReply, session::AutoReply::None);
    QVERIFY(okEnabled(dialog));
    QVERIFY(shownProblem(dialog).isEmpty());
    QVERIFY(shownWarning(dialog).isEmpty());
}

void tst_NewListenerDialog::tcpFieldsMakeTheSpec()
{
    NewListenerDialog dialog;
    child<QComboBox>(dialog, "hostCombo")->setCurrentIndex(1); // localhost IPv6
    child<QLineEdit>(dialog, "portEdit")->setText(u" 8080 "_s);
    child<QSpinBox>(dialog, "backlogSpin")->setValue(16);
    child<QCheckBox>(dialog, "exclusiveCheck")->setChecked(true);
    child<QCheckBox>(dialog, "allowHalfOpenCheck")->setChecked(true);
    child<QCheckBox>(dialog, "pauseOnConnectCheck")->setChecked(true);
    child<QSpinBox>(dialog, "maxConnectionsSpin")->setValue(3);
    child<QComboBox>(dialog, "autoReplyCombo")->setCurrentIndex(1);
    const session::ListenerSpec spec = dialog.spec();
    QCOMPARE(spec.listen.host, u"::1"_s);
    QCOMPARE(spec.listen.port, std::optional<int>(8080));
    QCOMPARE(spec.listen.backlog, 16);
    QVERIFY(spec.listen.exclusive);
    QVERIFY(spec.server.allowHalfOpen);
    QVERIFY(spec.server.pauseOnConnect);
    QCOMPARE(spec.maxConnections, 3);
    QCOMPARE(spec.autoReply, session::AutoReply::Echo);

    // A typed address is taken as it is; an empty port means 0.
    child<QComboBox>(dialog, "hostCombo")->setEditText(u"localhost"_s);
    child<QLineEdit>(dialog, "portEdit")->clear();
    QCOMPARE(dialog.spec().listen.host, u"localhost"_s);
    QCOMPARE(dialog.spec().listen.port, std::optional<int>(0));
    QVERIFY(okEnabled(dialog));
}

void tst_NewListenerDialog::badPortDisablesOk_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << u"0"_s << true;
    QTest::newRow("highest") << u"65535"_s << true;
    QTest::newRow("too large") << u"65536"_s << false;
    QTest::newRow("negative") << u"-1"_s << false;
    QTest::newRow("letters") << u"http"_s << false;
    QTest::newRow("fraction") << u"80.5"_s << false;
}

void tst_NewListenerDialog::badPortDisablesOk()
{
    QFETCH(QString, port);
    QFETCH(bool, valid);
    NewListenerDialog dialog;
    child<QLineEdit>(dialog, "portEdit")->setText(port);
    QCOMPARE(okEnabled(dialog), valid);
    if (valid) {
        QVERIFY(shownProblem(dialog).isEmpty());
    } else {
        // The window's words, saying what to type; not Node's script wording.
        QVERIFY2(shownProblem(dialog).startsWith(u"Type a port number from 0 to 65535: "_s),
                 qPrintable(shownProblem(dialog)));
        QVERIFY2(!shownProblem(dialog).contains(u"Received"_s), qPrintable(shownProblem(dialog)));
        QCOMPARE(shownProblem(dialog), dialog.problem());
    }
}

void tst_NewListenerDialog::allInterfacesWarn_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("warns");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << false;
    QTest::newRow("::1") << u"::1"_s << false;
    QTest::newRow("localhost") << u"localhost"_s << false;
    QTest::newRow("127.0.0.2") << u"127.0.0.2"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << true;
    QTest::newRow("::") << u"::"_s << true;
    QTest::newRow("documentation address") << u"192.0.2.7"_s << true;
}

void tst_NewListenerDialog::allInterfacesWarn()
{
    QFETCH(QString, host);
    QFETCH(bool, warns);
    NewListenerDialog dialog;
    QComboBox *combo = child<QComboBox>(dialog, "hostCombo");
    const int index = combo->findData(host);
    if (index >= 0)
        combo->setCurrentIndex(index); // picked from the list
    else
        combo->setEditText(host); // typed
    QCOMPARE(dialog.spec().listen.host, host);
    QCOMPARE(shownWarning(dialog).contains(u"reachable from other machines"_s), warns);
    QVERIFY(okEnabled(dialog)); // a warning, not a refusal

    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    QVERIFY(shownWarning(dialog).isEmpty());
}

void tst_NewListenerDialog::ipcDefaultsToFreshPath()
{
    NewListenerDialog dialog;
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    const session::ListenerSpec spec = dialog.spec();
    QVERIFY(!spec.listen.port);
    const QFileInfo path(spec.listen.path);
    QVERIFY2(path.fileName().startsWith(u"netbench-"_s), qPrintable(spec.listen.path));
    QVERIFY(path.fileName().endsWith(u".sock"_s));
    QVERIFY(path.isAbsolute());
    QVERIFY(!path.exists());
    QVERIFY(okEnabled(dialog));
    QCOMPARE(NewListenerDialog::freshSocketPath(), spec.listen.path);
}

void tst_NewListenerDialog::ipcPathValidation()
{
    NewListenerDialog dialog;
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    QLineEdit *path = child<QLineEdit>(dialog, "pathEdit");

    path->clear();
    QVERIFY(!okEnabled(dialog));
    QVERIFY(shownProblem(dialog).contains(u"Enter a path"_s));

    path->setText(u"/tmp/"_s + QString(102, u'x')); // 107 bytes: fits with the NUL
    QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
    path->setText(u"/tmp/"_s + QString(103, u'x')); // 108 bytes
    QVERIFY(!okEnabled(dialog));
    QVERIFY2(shownProblem(dialog).contains(u"at most 107"_s), qPrintable(shownProblem(dialog)));

    path->setText(u"/tmp/nb.sock"_s);
    QVERIFY(okEnabled(dialog));
    QCOMPARE(dialog.spec().listen.path, u"/tmp/nb.sock"_s);

    // A bad port on the hidden TCP page does not block an IPC listener.
    child<QLineEdit>(dialog, "portEdit")->setText(u"x"_s);
    QVERIFY(okEnabled(dialog));
    child<QRadioButton>(dialog, "tcpRadio")->setChecked(true);
    QVERIFY(!okEnabled(dialog));
}

void tst_NewListenerDialog::browseAsksTheSeam()
{
    ScriptedListenerDialog dialog;
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    const QString before = child<QLineEdit>(dialog, "pathEdit")->text();

    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QCOMPARE(dialog.askedWith, before);
    QCOMPARE(dialog.spec().listen.path, before); // cancelled: unchanged

    dialog.answer = u"/tmp/chosen.sock"_s;
    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QCOMPARE(dialog.spec().listen.path, u"/tmp/chosen.sock"_s);
}

void tst_NewListenerDialog::setSpecRoundTrips_data()
{
    QTest::addColumn<bool>("ipc");
    QTest::addColumn<QString>("host");
    QTest::newRow("tcp listed host") << false << u"0.0.0.0"_s;
    QTest::newRow("tcp typed host") << false << u"127.0.0.5"_s;
    QTest::newRow("ipc") << true << QString();
}

void tst_NewListenerDialog::setSpecRoundTrips()
{
    QFETCH(bool, ipc);
    QFETCH(QString, host);
    session::ListenerSpec spec;
    spec.listen = ipc ? netcore::ListenOptions::unixPath(u"/tmp/restored.sock"_s)
                      : netcore::ListenOptions::tcp(4242, host);
    spec.listen.backlog = 7;
    spec.listen.exclusive = true;
    spec.server.allowHalfOpen = true;
    spec.server.pauseOnConnect = true;
    spec.maxConnections = 12;
    spec.autoReply = session::AutoReply::Discard;

    NewListenerDialog dialog;
    dialog.setSpec(spec);
    const session::ListenerSpec back = dialog.spec();
    QCOMPARE(back.listen.port, spec.listen.port);
    QCOMPARE(back.listen.host, spec.listen.host);
    QCOMPARE(back.listen.path, spec.listen.path);
    QCOMPARE(back.listen.backlog, 7);
    QVERIFY(back.listen.exclusive);
    QVERIFY(back.server.allowHalfOpen);
    QVERIFY(back.server.pauseOnConnect);
    QCOMPARE(back.maxConnections, 12);
    QCOMPARE(back.autoReply, session::AutoReply::Discard);
    QVERIFY(okEnabled(dialog));
}

void tst_NewListenerDialog::acceptEmitsTheIntentOnlyWhenValid()
{
    NewListenerDialog dialog;
    QList<session::ListenerSpec> requested;
    connect(&dialog, &NewListenerDialog::listenRequested, this,
            [&](const session::ListenerSpec &spec) { requested.append(spec); });
    child<QLineEdit>(dialog, "portEdit")->setText(u"99999"_s);
    dialog.accept(); // as Enter in a field would
    QVERIFY(requested.isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    child<QLineEdit>(dialog, "portEdit")->setText(u"8125"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().listen.port, std::optional<int>(8125));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_NewListenerDialog::screenshot()
{
    if (!qEnvironmentVariableIsSet("NETBENCH_SCREENSHOTS"))
        QSKIP("set NETBENCH_SCREENSHOTS to write /tmp/newlistenerdialog-*.png");
    NewListenerDialog dialog;
    dialog.show();
    child<QComboBox>(dialog, "hostCombo")->setCurrentIndex(2);
    child<QLineEdit>(dialog, "portEdit")->setText(u"70000"_s);
    QCoreApplication::processEvents();
    dialog.grab().save(u"/tmp/newlistenerdialog-tcp.png"_s);
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    QCoreApplication::processEvents(); // the relayout a user would see
    dialog.grab().save(u"/tmp/newlistenerdialog-ipc.png"_s);
}

QTEST_MAIN(tst_NewListenerDialog)
#include "tst_newlistenerdialog.moc"
