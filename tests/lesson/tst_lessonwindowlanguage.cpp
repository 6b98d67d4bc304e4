// The Lessons panel of a window in German (the language the program's translation chose, as
// src/app/translators.cpp sets it): the list shows the German titles, a running lesson narrates
// in German, and the German lesson runs to its end in the window, its learner step included.
#include "gui/lessonpanel.h"
#include "gui/mainwindow.h"
#include "lesson/builtinlessons.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

template<typename T> T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestLessonWindowLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { lesson::setBuiltinLessonLanguage(QString()); }
    void germanWindowNarratesInGerman();
};

void TestLessonWindowLanguage::germanWindowNarratesInGerman()
{
    lesson::setBuiltinLessonLanguage(u"de"_s);
    gui::MainWindow window;
    auto *panel = find<gui::LessonPanel>(&window, "lessonPanel");
    QVERIFY(panel);
    auto *list = find<QListWidget>(panel, "lessonList");
    QVERIFY(list && list->count() > 0);
    QCOMPARE(list->item(0)->text(), u"Verbinden, senden, schließen"_s);

    QVERIFY(panel->selectLesson(u"connect-data-close"_s));
    QSignalSpy finished(panel, &gui::LessonPanel::lessonFinished);
    QTest::mouseClick(find<QPushButton>(panel, "lessonStartButton"), Qt::LeftButton);
    auto *title = find<QLabel>(panel, "lessonTitle");
    QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"Der Server lauscht"), Timeout);
    QVERIFY(find<QTextBrowser>(panel, "lessonNarration")
                    ->toPlainText()
                    .contains(u"Ein Server ist ein Socket, der auf Verbindungen wartet."));

    // Next after each step, Do it for me at the learner step, until the lesson ends.
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    auto *doIt = find<QPushButton>(panel, "lessonDoButton");
    bool sawGermanInstruction = false;
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < Timeout) {
        if (next->isEnabled()) {
            QTest::mouseClick(next, Qt::LeftButton);
        } else if (doIt->isEnabled() && !doIt->isHidden()) {
            sawGermanInstruction = find<QTextBrowser>(panel, "lessonNarration")
                                           ->toPlainText()
                                           .contains(u"Wählen Sie im Endpunkte-Baum");
            QTest::mouseClick(doIt, Qt::LeftButton);
        } else {
            finished.wait(100); // returns as soon as the lesson ends
        }
    }
    QVERIFY(!finished.isEmpty());
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    QVERIFY(sawGermanInstruction);
}

QTEST_MAIN(TestLessonWindowLanguage)
#include "tst_lessonwindowlanguage.moc"
