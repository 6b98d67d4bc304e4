#include "gui/eventstreamwidget.h"
#include "gui/mainwindow.h"
#include "gui/preferences.h"
#include "gui/preferencesdialog.h"
#include "session/enginethread.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace gui;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class tst_Preferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsWhenNothingIsStored();
    void storedValuesAreClamped_data();
    void storedValuesAreClamped();
    void unreadableValuesKeepTheDefault();
    void saveLoadRoundTrip();
    void recorderOptionsFollowTheCap();
    void refreshInterval();
    void dialogShowsPreferences();
    void dialogWidgetsMakePreferences();
    void dialogKeepsAnUntouchedOddCap();
    void dialogTranscriptOff();
    void dialogRestoresDefaults();
    void everyDialogWidgetIsNamed();
    void mainWindowStartsWithStoredPreferences();
    void mainWindowAppliesListCapacityAtOnce();
    void mainWindowCancelChangesNothing();
    void germanTranslationIsBuiltIn();
};

void tst_Preferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"netbench-tests"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
}

void tst_Preferences::init()
{
    QSettings().clear();
}

void tst_Preferences::defaultsWhenNothingIsStored()
{
    const Preferences p = Preferences::load();
    QCOMPARE(p, Preferences());
    QCOMPARE(p.recorderRingCapacity, 100000);
    QCOMPARE(p.transcriptCapBytes, 16 * 1024 * 1024);
    QCOMPARE(p.eventListCapacity, 200000);
    QCOMPARE(p.refreshHz, 30);
}

void tst_Preferences::storedValuesAreClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("ring too small") << u"recorderRingCapacity"_s << QVariant(5) << qint64(1000);
    QTest::newRow("ring too large")
            << u"recorderRingCapacity"_s << QVariant(qint64(1) << 40) << qint64(5000000);
    QTest::newRow("ring in range") << u"recorderRingCapacity"_s << QVariant(2500) << qint64(2500);
    QTest::newRow("cap negative") << u"transcriptCapBytes"_s << QVariant(-1) << qint64(0);
    QTest::newRow("cap too large")
            << u"transcriptCapBytes"_s << QVariant(qint64(1) << 31) << (qint64(1) << 30);
    QTest::newRow("cap off") << u"transcriptCapBytes"_s << QVariant(0) << qint64(0);
    QTest::newRow("list too small") << u"eventListCapacity"_s << QVariant(0) << qint64(1000);
    QTest::newRow("list too large")
            << u"eventListCapacity"_s << QVariant(99999999) << qint64(5000000);
    QTest::newRow("refresh zero") << u"refreshHz"_s << QVariant(0) << qint64(1);
    QTest::newRow("refresh too fast") << u"refreshHz"_s << QVariant(1000) << qint64(60);
    // Would wrap to a small int if narrowed before clamping.
    QTest::newRow("refresh huge") << u"refreshHz"_s << QVariant((qint64(1) << 32) + 5)
                                  << qint64(60);
}

void tst_Preferences::storedValuesAreClamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(qint64, expected);
    QSettings().setValue(u"preferences/"_s + key, stored);

    const Preferences p = Preferences::load();
    const QHash<QString, qint64> values = {
            {u"recorderRingCapacity"_s, p.recorderRingCapacity},
            {u"transcriptCapBytes"_s, p.transcriptCapBytes},
            {u"eventListCapacity"_s, p.eventListCapacity},
            {u"refreshHz"_s, p.refreshHz},
    };
    QCOMPARE(values.value(key), expected);
}

void tst_Preferences::unreadableValuesKeepTheDefault()
{
    QSettings settings;
    settings.setValue(u"preferences/recorderRingCapacity"_s, u"lots"_s);
    settings.setValue(u"preferences/refreshHz"_s, u""_s);
    settings.sync();
    QCOMPARE(Preferences::load(), Preferences());
}

void tst_Preferences::saveLoadRoundTrip()
{
    Preferences p;
    p.recorderRingCapacity = 4000000;
    p.transcriptCapBytes = 123456789;
    p.eventListCapacity = 1000;
    p.refreshHz = 7;
    p.save();
    QCOMPARE(Preferences::load(), p);

    // save() stores clamped values.
    Preferences bad;
    bad.refreshHz = 500;
    bad.recorderRingCapacity = 1;
    bad.save();
    QCOMPARE(QSettings().value(u"preferences/refreshHz"_s).toInt(), 60);
    QCOMPARE(QSettings().value(u"preferences/recorderRingCapacity"_s).toLongLong(), 1000);
}

void tst_Preferences::recorderOptionsFollowTheCap()
{
    Preferences p;
    p.recorderRingCapacity = 3000;
    p.transcriptCapBytes = 5 * Preferences::MiB;
    trace::RecorderOptions options = p.recorderOptions();
    QCOMPARE(options.ringCapacity, 3000);
    QVERIFY(options.captureTranscripts);
    QCOMPARE(options.transcripts.capPerDirection, 5 * Preferences::MiB);

    p.transcriptCapBytes = 0;
    options = p.recorderOptions();
    QVERIFY(!options.captureTranscripts);

    p.recorderRingCapacity = 10; // clamped here too
    QCOMPARE(p.recorderOptions().ringCapacity, 1000);
}

void tst_Preferences::refreshInterval()
{
    Preferences p;
    QCOMPARE(p.refreshIntervalMs(), 33); // the feed's old fixed period
    p.refreshHz = 1;
    QCOMPARE(p.refreshIntervalMs(), 1000);
    p.refreshHz = 60;
    QCOMPARE(p.refreshIntervalMs(), 16);
    p.refreshHz = 0;
    QCOMPARE(p.refreshIntervalMs(), 1000);
}

void tst_Preferences::dialogShowsPreferences()
{
    Preferences p;
    p.recorderRingCapacity = 250000;
    p.transcriptCapBytes = 64 * Preferences::MiB;
    p.eventListCapacity = 50000;
    p.refreshHz = 10;
    PreferencesDialog dialog;
    dialog.setPreferences(p);
    QCOMPARE(child<QSpinBox>(dialog, "ringSpin")->value(), 250000);
    QCOMPARE(child<QSpinBox>(dialog, "transcriptSpin")->value(), 64);
    QCOMPARE(child<QSpinBox>(dialog, "listSpin")->value(), 50000);
    QCOMPARE(child<QSpinBox>(dialog, "refreshSpin")->value(), 10);
    QCOMPARE(dialog.preferences(), p);
}

void tst_Preferences::dialogWidgetsMakePreferences()
{
    PreferencesDialog dialog;
    QCOMPARE(dialog.preferences(), Preferences());

    child<QSpinBox>(dialog, "ringSpin")->setValue(1500000);
    child<QSpinBox>(dialog, "transcriptSpin")->setValue(256);
    child<QSpinBox>(dialog, "listSpin")->setValue(2000);
    child<QSpinBox>(dialog, "refreshSpin")->setValue(60);
    const Preferences p = dialog.preferences();
    QCOMPARE(p.recorderRingCapacity, 1500000);
    QCOMPARE(p.transcriptCapBytes, 256 * Preferences::MiB);
    QCOMPARE(p.eventListCapacity, 2000);
    QCOMPARE(p.refreshHz, 60);

    // The spin boxes refuse what Preferences would clamp.
    auto *ring = child<QSpinBox>(dialog, "ringSpin");
    ring->setValue(1);
    QCOMPARE(ring->value(), 1000);
    auto *transcript = child<QSpinBox>(dialog, "transcriptSpin");
    transcript->setValue(100000);
    QCOMPARE(transcript->value(), 1024);
    QCOMPARE(dialog.preferences().transcriptCapBytes, Preferences::MaxTranscriptCapBytes);
}

void tst_Preferences::dialogKeepsAnUntouchedOddCap()
{
    Preferences p;
    p.transcriptCapBytes = 1500000; // not whole MiB: shows as 2
    PreferencesDialog dialog;
    dialog.setPreferences(p);
    QCOMPARE(child<QSpinBox>(dialog, "transcriptSpin")->value(), 2);
    QCOMPARE(dialog.preferences().transcriptCapBytes, 1500000);
    child<QSpinBox>(dialog, "transcriptSpin")->setValue(3);
    QCOMPARE(dialog.preferences().transcriptCapBytes, 3 * Preferences::MiB);
}

void tst_Preferences::dialogTranscriptOff()
{
    PreferencesDialog dialog;
    auto *transcript = child<QSpinBox>(dialog, "transcriptSpin");
    transcript->setValue(0);
    QCOMPARE(transcript->text(), transcript->specialValueText());
    QVERIFY(!transcript->specialValueText().isEmpty());
    QCOMPARE(dialog.preferences().transcriptCapBytes, 0);
    QVERIFY(!dialog.preferences().recorderOptions().captureTranscripts);
}

void tst_Preferences::dialogRestoresDefaults()
{
    Preferences p;
    p.recorderRingCapacity = 7000;
    p.refreshHz = 2;
    PreferencesDialog dialog;
    dialog.setPreferences(p);
    child<QSpinBox>(dialog, "listSpin")->setValue(9000);
    child<QPushButton>(dialog, "restoreDefaultsButton")->click();
    QCOMPARE(dialog.preferences(), Preferences());
}

void tst_Preferences::everyDialogWidgetIsNamed()
{
    PreferencesDialog dialog;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->inherits("QAbstractSpinBox") || widget->inherits("QAbstractButton")
            || widget->inherits("QLabel"))
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "cancelButton"));
}

void tst_Preferences::mainWindowStartsWithStoredPreferences()
{
    Preferences stored;
    stored.recorderRingCapacity = 2000;
    stored.eventListCapacity = 5000;
    stored.save();
    MainWindow window;
    QCOMPARE(window.engineThread()->recorder().capacity(), 2000);
    QCOMPARE(window.eventStream()->capacity(), 5000);
}

void tst_Preferences::mainWindowAppliesListCapacityAtOnce()
{
    MainWindow window;
    QCOMPARE(window.eventStream()->capacity(), Preferences().eventListCapacity);
    UserPrompts prompts = UserPrompts::interactive();
    bool asked = false;
    prompts.execDialog = [&asked](QDialog *dialog) {
        asked = true;
        dialog->findChild<QSpinBox *>(u"listSpin"_s)->setValue(7000);
        dialog->findChild<QSpinBox *>(u"ringSpin"_s)->setValue(3000);
        return true;
    };
    window.setPrompts(prompts);

    auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+,"_s));
    action->trigger();
    QVERIFY(asked);
    QCOMPARE(window.eventStream()->capacity(), 7000);
    // Saved for the next start; the running recorder keeps its size.
    QCOMPARE(Preferences::load().eventListCapacity, 7000);
    QCOMPARE(Preferences::load().recorderRingCapacity, 3000);
    QCOMPARE(window.engineThread()->recorder().capacity(), Preferences().recorderRingCapacity);
}

void tst_Preferences::mainWindowCancelChangesNothing()
{
    MainWindow window;
    UserPrompts prompts = UserPrompts::interactive();
    prompts.execDialog = [](QDialog *dialog) {
        dialog->findChild<QSpinBox *>(u"listSpin"_s)->setValue(7000);
        return false;
    };
    window.setPrompts(prompts);
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QCOMPARE(window.eventStream()->capacity(), Preferences().eventListCapacity);
    QVERIFY(!QSettings().contains(u"preferences/eventListCapacity"_s));
}

// The .qm files are compiled into nbgui; the tests run under LC_ALL=C, so load German by name.
void tst_Preferences::germanTranslationIsBuiltIn()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), u"netbench"_s, u"_"_s,
                            u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    PreferencesDialog dialog;
    QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    MainWindow window;
    auto *file = window.menuBar()->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(file);
    QCOMPARE(file->title(), u"&Datei"_s);
    QCOMPARE(window.findChild<QAction *>(u"actionPreferences"_s)->text(), u"&Einstellungen…"_s);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
