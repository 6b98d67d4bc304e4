// The composer in its dock of the whole window, offscreen: at a laptop's and a desktop's size,
// in the first-run layout and in the teaching layout (larger fonts, a shorter dock), the Send
// button and the mode and line-ending choices are inside the dock's visible part without
// scrolling.

#include "gui/composerwidget.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ComposerDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sendAndModeAreVisibleWithoutScrolling_data();
    void sendAndModeAreVisibleWithoutScrolling();
};

void tst_ComposerDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ComposerDock::init()
{
    QSettings().clear(); // the first-run layout
}

void tst_ComposerDock::sendAndModeAreVisibleWithoutScrolling_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("teaching");
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        for (const bool teaching : {false, true}) {
            QTest::addRow("%dx%d %s", size.width(), size.height(),
                          teaching ? "teaching" : "default")
                    << size << teaching;
        }
    }
}

void tst_ComposerDock::sendAndModeAreVisibleWithoutScrolling()
{
    QFETCH(QSize, size);
    QFETCH(bool, teaching);
    gui::MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(0); // the first-run proportions are applied on the first turn of the loop
    if (teaching)
        window.findChild<QAction *>(u"actionTeachingLayout"_s)->trigger();
    auto *dock = window.findChild<QDockWidget *>(u"composerDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto *area = qobject_cast<QScrollArea *>(dock->widget());
    QVERIFY(area);
    gui::ComposerWidget *composer = window.composer();
    QTRY_VERIFY(composer->isVisible());
    const auto visibleInDock = [area](const QWidget *w) {
        const QRect shown(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
        return w->isVisible() && area->viewport()->rect().contains(shown);
    };
    for (const char *name : {"sendButton", "modeCombo", "lineEndingCombo"}) {
        const auto *w = composer->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY(w);
        QTRY_VERIFY2(visibleInDock(w),
                     qPrintable(u"%1 at %2,%3 %4x%5; the dock shows %6 of %7 pixels' height"_s
                                        .arg(QString::fromLatin1(name))
                                        .arg(w->mapTo(area->viewport(), QPoint(0, 0)).x())
                                        .arg(w->mapTo(area->viewport(), QPoint(0, 0)).y())
                                        .arg(w->width())
                                        .arg(w->height())
                                        .arg(area->viewport()->height())
                                        .arg(composer->height())));
    }
    QCOMPARE(area->verticalScrollBar()->value(), 0);
}

QTEST_MAIN(tst_ComposerDock)
#include "tst_composerdock.moc"
