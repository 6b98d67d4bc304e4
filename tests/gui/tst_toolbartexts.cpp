// Tool buttons in every language show their action's text without its accelerator: Qt drops
// only the '&' for a tool button, and Chinese and Japanese write the accelerator as a suffix,
// so the toolbar said "新建监听器(L)".

#include "gui/actiontext.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

using gui::MainWindow;

class tst_ToolBarTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainActionText_data();
    void plainActionText();
    void toolButtonsShowNoAccelerator_data();
    void toolButtonsShowNoAccelerator();
    void toolButtonFollowsANewText();
};

void tst_ToolBarTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_ToolBarTexts::plainActionText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("ampersand") << u"&New Listener…"_s << u"New Listener"_s;
    QTest::newRow("inside a word") << u"Sen&d"_s << u"Send"_s;
    QTest::newRow("literal ampersand") << u"Save && &Quit"_s << u"Save & Quit"_s;
    QTest::newRow("zh suffix") << u"新建监听器(&L)…"_s << u"新建监听器"_s;
    QTest::newRow("ja suffix, full-width") << u"破棄（&D）"_s << u"破棄"_s;
    QTest::newRow("three dots") << u"&Open..."_s << u"Open"_s;
    QTest::newRow("plain") << u"Follow"_s << u"Follow"_s;
}

void tst_ToolBarTexts::plainActionText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(gui::plainActionText(text), plain);
}

void tst_ToolBarTexts::toolButtonsShowNoAccelerator_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void tst_ToolBarTexts::toolButtonsShowNoAccelerator()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != u"en"_s) {
        QVERIFY(translator.load(u":/i18n/netbench_"_s + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    static const QRegularExpression accelerator(u"&|[(（][A-Za-z0-9][)）]|…|\\.\\.\\.$"_s);
    QStringList shown;
    QStringList wrong;
    for (const QToolButton *button : window.findChildren<QToolButton *>()) {
        if (!button->defaultAction() || !button->isVisible())
            continue;
        shown.append(button->text());
        if (button->text().contains(accelerator) || button->text().isEmpty())
            wrong.append(
                    u"'%1' (action '%2')"_s.arg(button->text(), button->defaultAction()->text()));
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(shown.size() >= 10, qPrintable(shown.join(u", "_s)));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", "_s)));
}

// An action whose text changes later (a toggled label) keeps a plain tool button too.
void tst_ToolBarTexts::toolButtonFollowsANewText()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(u"actionNewListener"_s);
    QVERIFY(action);
    action->setText(u"新建监听器(&L)…"_s);
    const QToolButton *button = nullptr;
    for (const QToolButton *each : window.findChildren<QToolButton *>()) {
        if (each->defaultAction() == action)
            button = each;
    }
    QVERIFY(button);
    QCOMPARE(button->text(), u"新建监听器"_s);
}

QTEST_MAIN(tst_ToolBarTexts)
#include "tst_toolbartexts.moc"
