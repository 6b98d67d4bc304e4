#include "gui/newclientdialog.h"
#include "gui/recenttargets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace gui;
using namespace Qt::StringLiterals;

namespace {

class ScriptedClientDialog final : public NewClientDialog
{
public:
    QString answer;

protected:
    QString chooseSocketPath(const QString &) override { return answer; }
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

void fillTcp(QWidget &dialog, const QString &host, const QString &port)
{
    child<QRadioButton>(dialog, "tcpRadio")->setChecked(true);
    child<QLineEdit>(dialog, "hostEdit")->setText(host);
    child<QLineEdit>(dialog, "portEdit")->setText(port);
}

} // namespace

class tst_NewClientDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void needsAPort();
    void tcpFieldsMakeTheSpec();
    void validation_data();
    void validation();
    void ipcPath();
    void keepAliveDelayFollowsTheCheckBox();
    void setSpecRoundTrips_data();
    void setSpecRoundTrips();
    void targetText_data();
    void targetText();
    void recentListKeepsTenWithoutDuplicates();
    void recentTargetsRoundTripThroughSettings();
    void acceptRemembersAndRecentFillsTheForm();
    void rejectRemembersNothing();
    // The window's live listeners are offered; picking one fills the target.
    void liveListenersFillTheTarget();
    void screenshot();
};

void tst_NewClientDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"netbench-tests"_s);
    QCoreApplication::setApplicationName(u"tst_newclientdialog"_s);
}

void tst_NewClientDialog::init()
{
    RecentTargets().clear();
}

void tst_NewClientDialog::needsAPort()
{
    NewClientDialog dialog;
    QVERIFY(child<QRadioButton>(dialog, "tcpRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), u"127.0.0.1"_s);
    QVERIFY(!okEnabled(dialog));
    QCOMPARE(shownProblem(dialog), u"Enter the port to connect to."_s);
    child<QLineEdit>(dialog, "portEdit")->setText(u"9"_s);
    QVERIFY(okEnabled(dialog));
    QVERIFY(shownProblem(dialog).isEmpty());
}

void tst_NewClientDialog::tcpFieldsMakeTheSpec()
{
    NewClientDialog dialog;
    fillTcp(dialog, u" ::1 "_s, u"8080"_s);
    child<QComboBox>(dialog, "familyCombo")->setCurrentIndex(2);
    child<QLineEdit>(dialog, "localAddressEdit")->setText(u"::1"_s);
    child<QLineEdit>(dialog, "localPortEdit")->setText(u"40000"_s);
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(1500);
    child<QCheckBox>(dialog, "noDelayCheck")->setChecked(true);
    child<QCheckBox>(dialog, "keepAliveCheck")->setChecked(true);
    child<QSpinBox>(dialog, "keepAliveDelaySpin")->setValue(3000);
    child<QCheckBox>(dialog, "allowHalfOpenCheck")->setChecked(true);
    QComboBox *encoding = child<QComboBox>(dialog, "encodingCombo");
    encoding->setCurrentIndex(encoding->findData(u"hex"_s));
    QVERIFY(okEnabled(dialog));

    const session::ClientSpec spec = dialog.spec();
    QCOMPARE(spec.connect.host, u"::1"_s);
    QCOMPARE(spec.connect.port, std::optional<int>(8080));
    QVERIFY(spec.connect.path.isEmpty());
    QCOMPARE(spec.connect.family, 6);
    QCOMPARE(spec.connect.localAddress, u"::1"_s);
    QCOMPARE(spec.connect.localPort, std::optional<int>(40000));
    QCOMPARE(spec.connect.timeout, std::optional<qint64>(1500));
    QVERIFY(spec.connect.noDelay);
    QVERIFY(spec.connect.keepAlive);
    QCOMPARE(spec.connect.keepAliveInitialDelay, 3000);
    QVERIFY(spec.allowHalfOpen);
    QCOMPARE(spec.encoding, u"hex"_s);

    // The defaults of the optional fields: nothing set.
    NewClientDialog plain;
    fillTcp(plain, u"localhost"_s, u"80"_s);
    const session::ClientSpec defaults = plain.spec();
    QCOMPARE(defaults.connect.family, 0);
    QVERIFY(defaults.connect.localAddress.isEmpty());
    QVERIFY(!defaults.connect.localPort);
    QVERIFY(!defaults.connect.timeout);
    QVERIFY(!defaults.connect.noDelay);
    QVERIFY(!defaults.connect.keepAlive);
    QVERIFY(defaults.encoding.isEmpty());
}

void tst_NewClientDialog::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("localAddress");
    QTest::addColumn<QString>("localPort");
    QTest::addColumn<QString>("problem"); // start of the message; empty: valid
    QTest::newRow("valid") << u"127.0.0.1"_s << u"80"_s << QString() << QString() << QString();
    QTest::newRow("no host") << u"  "_s << u"80"_s << QString() << QString() << u"Enter the host"_s;
    // The window's words, saying what to type (not Node's "Received type string ('65536')").
    QTest::newRow("port too large")
            << u"127.0.0.1"_s << u"65536"_s << QString() << QString()
            << u"Type a port number from 0 to 65535: 65536 is out of range."_s;
    QTest::newRow("port letters")
            << u"127.0.0.1"_s << u"ssh"_s << QString() << QString()
            << u"Type a port number from 0 to 65535: \u201cssh\u201d is not a whole number."_s;
    QTest::newRow("host with a space")
            << u"local host"_s << u"80"_s << QString() << QString() << u"A host has no spaces"_s;
    QTest::newRow("host as a URL") << u"http://example.org"_s << u"80"_s << QString() << QString()
                                   << u"Type only the host name"_s;
    QTest::newRow("port after the host") << u"localhost:80"_s << u"80"_s << QString() << QString()
                                         << u"Type the port in the Port field"_s;
    QTest::newRow("IPv6 in brackets") << u"[::1]"_s << u"80"_s << QString() << QString()
                                      << u"Type an IPv6 address without brackets"_s;
    QTest::newRow("IPv6 host") << u"::1"_s << u"80"_s << QString() << QString() << QString();
    QTest::newRow("local address not an IP") << u"127.0.0.1"_s << u"80"_s << u"myhost"_s
                                             << QString() << u"The local address must be an IP"_s;
    QTest::newRow("local port bad")
            << u"127.0.0.1"_s << u"80"_s << QString() << u"-3"_s
            << u"Local port: Type a port number from 0 to 65535: -3 is out of range."_s;
    QTest::newRow("local both fine")
            << u"127.0.0.1"_s << u"80"_s << u"127.0.0.1"_s << u"0"_s << QString();
}

void tst_NewClientDialog::validation()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, localAddress);
    QFETCH(QString, localPort);
    QFETCH(QString, problem);
    NewClientDialog dialog;
    fillTcp(dialog, host, port);
    child<QLineEdit>(dialog, "localAddressEdit")->setText(localAddress);
    child<QLineEdit>(dialog, "localPortEdit")->setText(localPort);
    QCOMPARE(okEnabled(dialog), problem.isEmpty());
    QVERIFY2(shownProblem(dialog).startsWith(problem), qPrintable(shownProblem(dialog)));
    QCOMPARE(shownProblem(dialog), dialog.problem());
}

void tst_NewClientDialog::ipcPath()
{
    ScriptedClientDialog dialog;
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    QVERIFY(!okEnabled(dialog));
    QVERIFY(shownProblem(dialog).contains(u"Enter the path"_s));
    QVERIFY(!child<QCheckBox>(dialog, "noDelayCheck")->isEnabled()); // TCP only
    QVERIFY(!child<QCheckBox>(dialog, "keepAliveCheck")->isEnabled());

    QLineEdit *path = child<QLineEdit>(dialog, "pathEdit");
    path->setText(u"/tmp/"_s + QString(103, u'y'));
    QVERIFY(shownProblem(dialog).contains(u"at most 107"_s));

    dialog.answer = u"/tmp/picked.sock"_s;
    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QVERIFY(okEnabled(dialog));
    const session::ClientSpec spec = dialog.spec();
    QCOMPARE(spec.connect.path, u"/tmp/picked.sock"_s);
    QVERIFY(!spec.connect.port);
}

void tst_NewClientDialog::keepAliveDelayFollowsTheCheckBox()
{
    NewClientDialog dialog;
    QSpinBox *delay = child<QSpinBox>(dialog, "keepAliveDelaySpin");
    QVERIFY(!delay->isEnabled());
    child<QCheckBox>(dialog, "keepAliveCheck")->setChecked(true);
    QVERIFY(delay->isEnabled());
}

void tst_NewClientDialog::setSpecRoundTrips_data()
{
    QTest::addColumn<bool>("ipc");
    QTest::newRow("tcp") << false;
    QTest::newRow("ipc") << true;
}

void tst_NewClientDialog::setSpecRoundTrips()
{
    QFETCH(bool, ipc);
    session::ClientSpec spec;
    if (ipc) {
        spec.connect = netcore::ConnectOptions::unixPath(u"/tmp/x.sock"_s);
    } else {
        spec.connect = netcore::ConnectOptions::tcp(443, u"127.0.0.1"_s);
        spec.connect.family = 4;
        spec.connect.localAddress = u"127.0.0.1"_s;
        spec.connect.localPort = 5000;
        spec.connect.noDelay = true;
        spec.connect.keepAlive = true;
        spec.connect.keepAliveInitialDelay = 2500;
    }
    spec.connect.timeout = 700;
    spec.allowHalfOpen = true;
    spec.encoding = u"utf16le"_s;

    NewClientDialog dialog;
    dialog.setSpec(spec);
    QVERIFY(okEnabled(dialog));
    const session::ClientSpec back = dialog.spec();
    QCOMPARE(back.connect.port, spec.connect.port);
    QCOMPARE(back.connect.host, spec.connect.host);
    QCOMPARE(back.connect.path, spec.connect.path);
    QCOMPARE(back.connect.family, spec.connect.family);
    QCOMPARE(back.connect.localAddress, spec.connect.localAddress);
    QCOMPARE(back.connect.localPort, spec.connect.localPort);
    QCOMPARE(back.connect.noDelay, spec.connect.noDelay);
    QCOMPARE(back.connect.keepAlive, spec.connect.keepAlive);
    QCOMPARE(back.connect.keepAliveInitialDelay, spec.connect.keepAliveInitialDelay);
    QCOMPARE(back.connect.timeout, std::optional<qint64>(700));
    QVERIFY(back.allowHalfOpen);
    QCOMPARE(back.encoding, u"utf16le"_s);
}

void tst_NewClientDialog::targetText_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::newRow("ipv4") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080 << QString();
    QTest::newRow("name") << u"localhost:22"_s << u"localhost"_s << 22 << QString();
    QTest::newRow("ipv6") << u"[::1]:9000"_s << u"::1"_s << 9000 << QString();
    QTest::newRow("unix") << u"unix:/run/a:b.sock"_s << QString() << -1 << u"/run/a:b.sock"_s;
}

void tst_NewClientDialog::targetText()
{
    QFETCH(QString, target);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    NewClientDialog dialog;
    QVERIFY(dialog.applyTarget(target));
    const session::ClientSpec spec = dialog.spec();
    QCOMPARE(spec.connect.host, host);
    QCOMPARE(spec.connect.port.value_or(-1), port);
    QCOMPARE(spec.connect.path, path);
    QCOMPARE(NewClientDialog::targetText(spec), target);

    QVERIFY(!dialog.applyTarget(u"no port here"_s));
    QVERIFY(!dialog.applyTarget(u"[::1]"_s));
    QVERIFY(!dialog.applyTarget(u"unix:"_s));
}

void tst_NewClientDialog::liveListenersFillTheTarget()
{
    NewClientDialog dialog;
    auto *combo = child<QComboBox>(dialog, "liveListenersCombo");
    QVERIFY(!combo->isEnabled()); // none yet
    dialog.setLiveListeners({{u"#1 listener 127.0.0.1:5000"_s, u"127.0.0.1:5000"_s},
                             {u"#2 listener /tmp/x.sock"_s, u"unix:/tmp/x.sock"_s},
                             {u"#3 listener [::1]:6000"_s, u"[::1]:6000"_s}});
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentIndex(), -1); // several: the user picks
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QCOMPARE(dialog.spec().connect.path, u"/tmp/x.sock"_s);
    combo->setCurrentIndex(2);
    Q_EMIT combo->activated(2);
    QCOMPARE(dialog.spec().connect.host, u"::1"_s);
    QCOMPARE(dialog.spec().connect.port, 6000);
    QVERIFY(dialog.problem().isEmpty());

    NewClientDialog single; // one listener: filled in at once
    single.setLiveListeners({{u"#1 listener 127.0.0.1:5000"_s, u"127.0.0.1:5000"_s}});
    QCOMPARE(single.spec().connect.port, 5000);
    QCOMPARE(single.spec().connect.host, u"127.0.0.1"_s);
}

void tst_NewClientDialog::recentListKeepsTenWithoutDuplicates()
{
    QStringList list;
    for (int i = 0; i < 12; ++i)
        list = RecentTargets::withFirst(list, u"h:%1"_s.arg(i), RecentTargets::DefaultCapacity);
    QCOMPARE(list.size(), 10);
    QCOMPARE(list.first(), u"h:11"_s);
    QCOMPARE(list.last(), u"h:2"_s);

    list = RecentTargets::withFirst(list, u"h:5"_s, 10); // moved up, not added twice
    QCOMPARE(list.size(), 10);
    QCOMPARE(list.first(), u"h:5"_s);
    QCOMPARE(list.count(u"h:5"_s), 1);
    QCOMPARE(list.at(1), u"h:11"_s);

    QCOMPARE(RecentTargets::withFirst({}, QString(), 10), QStringList());
}

void tst_NewClientDialog::recentTargetsRoundTripThroughSettings()
{
    const RecentTargets recent(u"test/recent"_s, 3);
    recent.clear();
    QVERIFY(recent.load().isEmpty());
    recent.remember(u"a:1"_s);
    recent.remember(u"b:2"_s);
    recent.remember(u"a:1"_s);
    QCOMPARE(recent.load(), QStringList({u"a:1"_s, u"b:2"_s}));

    // A fresh object over the same key sees the same list; other keys do not.
    QCOMPARE(RecentTargets(u"test/recent"_s, 3).load(), QStringList({u"a:1"_s, u"b:2"_s}));
    QVERIFY(RecentTargets(u"test/other"_s).load().isEmpty());

    // What the settings file holds is cleaned when it is read.
    QSettings().setValue(u"test/recent"_s,
                         QStringList({u"x"_s, u""_s, u"x"_s, u"y"_s, u"z"_s, u"w"_s}));
    QCOMPARE(recent.load(), QStringList({u"x"_s, u"y"_s, u"z"_s}));
    recent.save({u"1"_s, u"2"_s, u"3"_s, u"4"_s});
    QCOMPARE(QSettings().value(u"test/recent"_s).toStringList(),
             QStringList({u"1"_s, u"2"_s, u"3"_s}));
    recent.clear();
}

void tst_NewClientDialog::acceptRemembersAndRecentFillsTheForm()
{
    {
        NewClientDialog first;
        QVERIFY(!child<QComboBox>(first, "recentCombo")->isEnabled()); // nothing yet
        QList<session::ClientSpec> requested;
        connect(&first, &NewClientDialog::connectRequested, this,
                [&](const session::ClientSpec &spec) { requested.append(spec); });
        fillTcp(first, u"127.0.0.1"_s, u"7001"_s);
        QTest::mouseClick(child<QPushButton>(first, "okButton"), Qt::LeftButton);
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().connect.port, std::optional<int>(7001));
    }
    {
        NewClientDialog second;
        child<QRadioButton>(second, "ipcRadio")->setChecked(true);
        child<QLineEdit>(second, "pathEdit")->setText(u"/tmp/nb-test.sock"_s);
        second.accept();
    }
    QCOMPARE(RecentTargets().load(),
             QStringList({u"unix:/tmp/nb-test.sock"_s, u"127.0.0.1:7001"_s}));

    NewClientDialog third;
    QComboBox *recent = child<QComboBox>(third, "recentCombo");
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->currentIndex(), -1); // the placeholder, not a silent pick
    QCOMPARE(recent->itemText(1), u"127.0.0.1:7001"_s);
    Q_EMIT recent->activated(1);
    QCOMPARE(third.spec().connect.port, std::optional<int>(7001));
    QVERIFY(okEnabled(third));
    Q_EMIT recent->activated(0);
    QCOMPARE(third.spec().connect.path, u"/tmp/nb-test.sock"_s);
    QVERIFY(child<QRadioButton>(third, "ipcRadio")->isChecked());
}

void tst_NewClientDialog::rejectRemembersNothing()
{
    NewClientDialog dialog;
    fillTcp(dialog, u"127.0.0.1"_s, u"7002"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(RecentTargets().load().isEmpty());

    // Invalid input is not accepted even when accept() is reached another way (Enter).
    fillTcp(dialog, u"127.0.0.1"_s, u"bad"_s);
    dialog.accept();
    QVERIFY(RecentTargets().load().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_NewClientDialog::screenshot()
{
    if (!qEnvironmentVariableIsSet("NETBENCH_SCREENSHOTS"))
        QSKIP("set NETBENCH_SCREENSHOTS to write /tmp/newclientdialog-*.png");
    RecentTargets().remember(u"127.0.0.1:8080"_s);
    NewClientDialog dialog;
    dialog.show();
    fillTcp(dialog, u"127.0.0.1"_s, u"80"_s);
    child<QLineEdit>(dialog, "localAddressEdit")->setText(u"nohost"_s);
    QCoreApplication::processEvents();
    dialog.grab().save(u"/tmp/newclientdialog-tcp.png"_s);
    child<QRadioButton>(dialog, "ipcRadio")->setChecked(true);
    QCoreApplication::processEvents(); // the relayout a user would see
    dialog.grab().save(u"/tmp/newclientdialog-ipc.png"_s);
}

QTEST_MAIN(tst_NewClientDialog)
#include "tst_newclientdialog.moc"
