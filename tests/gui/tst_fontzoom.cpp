// Font zoom over the whole window, offscreen: Zoom In makes the event stream's and the
// conversation's text larger (the conversation's fixed-width font is its own), a dock made
// after the zoom and a trace opened for review come up zoomed, the zoom is saved and comes
// back with the next window, Actual Size and closing the window restore every font.

#include "gui/conversationwidget.h"
#include "gui/eventstreamwidget.h"
#include "gui/fontzoom.h"
#include "gui/mainwindow.h"
#include "gui/sequencediagramwidget.h"
#include "gui/sequenceview.h"
#include "gui/tracereviewwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;
using gui::FontZoom;
using gui::MainWindow;

namespace {

QAction *action(QWidget *window, const QString &name)
{
    auto *found = window->findChild<QAction *>(name);
    if (!found)
        qWarning("no action %s", qPrintable(name));
    return found;
}

// The conversation's text view (a fixed-width font of its own).
QWidget *conversationText(MainWindow &window)
{
    return window.conversation()->findChild<QWidget *>(u"textView"_s);
}

qreal pointSize(const QWidget *widget)
{
    return widget->font().pointSizeF();
}

} // namespace

class tst_FontZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void steps();
    void zoomInEnlargesEveryPanel();
    void laterDocksAndReviewsAreZoomed();
    void zoomIsSavedAndRestored();

private:
    QTemporaryDir m_dir;
    QFont m_applicationFont;
};

void tst_FontZoom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_applicationFont = QApplication::font();
}

void tst_FontZoom::init()
{
    QSettings().clear();
    QCOMPARE(QApplication::font(), m_applicationFont); // no zoom left over
}

void tst_FontZoom::steps()
{
    FontZoom zoom;
    QCOMPARE(zoom.percent(), 100);
    zoom.zoomIn();
    QCOMPARE(zoom.percent(), 110);
    zoom.setPercent(120); // between two steps
    zoom.zoomIn();
    QCOMPARE(zoom.percent(), 125);
    zoom.setPercent(120);
    zoom.zoomOut();
    QCOMPARE(zoom.percent(), 110);
    zoom.setPercent(1000);
    QCOMPARE(zoom.percent(), FontZoom::MaxPercent);
    zoom.zoomIn();
    QCOMPARE(zoom.percent(), FontZoom::MaxPercent);
    zoom.setPercent(1);
    QCOMPARE(zoom.percent(), FontZoom::MinPercent);
    zoom.zoomOut();
    QCOMPARE(zoom.percent(), FontZoom::MinPercent);
    zoom.reset();
    QCOMPARE(zoom.percent(), 100);
}

void tst_FontZoom::zoomInEnlargesEveryPanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.eventStream()->findChild<QTableView *>(u"tableView"_s);
    QWidget *conversation = conversationText(window);
    QVERIFY(table && conversation);
    const qreal streamBefore = pointSize(table);
    const qreal conversationBefore = pointSize(conversation);
    const int rowBefore = table->verticalHeader()->defaultSectionSize();
    QVERIFY(streamBefore > 0 && conversationBefore > 0);

    for (int i = 0; i < 4; ++i) // 110, 125, 150, 175
        action(&window, u"actionZoomIn"_s)->trigger();
    QCOMPARE(window.fontZoom()->percent(), 175);
    QTRY_VERIFY(pointSize(table) >= streamBefore * 1.7);
    QVERIFY(pointSize(conversation) >= conversationBefore * 1.7);
    // Still the fixed-width family: only the size changed.
    QCOMPARE(conversation->font().family(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(window.statusBar()->font().pointSizeF() >= streamBefore * 1.7);
    // The sequence diagram, which draws in sizes of its own, zooms along.
    QCOMPARE(window.sequenceDiagram()->view()->zoom(), 1.75);
    // Rows grow with their text.
    QVERIFY(table->verticalHeader()->defaultSectionSize() > rowBefore);

    action(&window, u"actionZoomOut"_s)->trigger();
    QCOMPARE(window.fontZoom()->percent(), 150);
    QVERIFY(pointSize(conversation) < conversationBefore * 1.7);

    action(&window, u"actionZoomReset"_s)->trigger();
    QTRY_COMPARE(pointSize(table), streamBefore); // the application font reaches it later
    QCOMPARE(pointSize(conversation), conversationBefore);
    QCOMPARE(table->verticalHeader()->defaultSectionSize(), rowBefore);
}

void tst_FontZoom::laterDocksAndReviewsAreZoomed()
{
    const qreal fixedBefore = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    const qreal plainBefore = QApplication::font().pointSizeF();
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->fontZoom()->setPercent(200);

    // A dock made now, as panels added later are: its fixed-width text and its plain text.
    auto *dock = new QDockWidget(u"Later"_s, window.get());
    dock->setObjectName(u"laterDock"_s);
    auto *fixed = new QPlainTextEdit(dock);
    fixed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    dock->setWidget(fixed);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->show();
    QTRY_COMPARE(pointSize(fixed), fixedBefore * 2);
    dock->setFloating(true); // a window of its own
    QTRY_COMPARE(pointSize(fixed), fixedBefore * 2);

    // A trace opened for review: a window of its own, made after the zoom.
    const QString path = m_dir.filePath(u"one.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            R"({"v":1,"seq":1,"t_ns":1,"wall_ms":1,"id":1,"kind":"socket","type":"call","name":"end"})"
            "\n");
    file.close();
    QSignalSpy opened(window.get(), &MainWindow::traceFileOpened);
    window->openTraceFile(path);
    QVERIFY(opened.wait(10000));
    QCOMPARE(window->reviewWindows().size(), 1);
    gui::TraceReviewWindow *review = window->reviewWindows().constFirst();
    QTRY_VERIFY(review->isVisible());
    QCOMPARE(pointSize(review->eventStream()), plainBefore * 2);
    auto *reviewText = review->conversation()->findChild<QWidget *>(u"textView"_s);
    QVERIFY(reviewText);
    QTRY_COMPARE(pointSize(reviewText), fixedBefore * 2);

    // Closing the window gives every font back.
    window.reset();
    QCOMPARE(QApplication::font(), m_applicationFont);
}

void tst_FontZoom::zoomIsSavedAndRestored()
{
    {
        MainWindow window;
        action(&window, u"actionZoomIn"_s)->trigger();
        action(&window, u"actionZoomIn"_s)->trigger();
        QCOMPARE(window.fontZoom()->percent(), 125);
    }
    QCOMPARE(QApplication::font(), m_applicationFont);
    MainWindow again;
    QCOMPARE(again.fontZoom()->percent(), 125);
    QCOMPARE(QApplication::font().pointSizeF(), m_applicationFont.pointSizeF() * 1.25);
}

QTEST_MAIN(tst_FontZoom)
#include "tst_fontzoom.moc"
