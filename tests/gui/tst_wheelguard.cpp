// WheelGuard: a spin box, combo box or slider takes the wheel only while focused; unfocused,
// the wheel scrolls the scroll area that holds it instead; scroll bars keep the wheel; the
// wheel cannot give those controls the focus.

#include "gui/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using gui::WheelGuard;

namespace {

// A wheel turn over the middle of widget, as the window system delivers it to a control.
bool turnWheel(QWidget *widget, int delta)
{
    const QPointF local = QPointF(widget->rect().center());
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

} // namespace

class tst_WheelGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unfocusedControlsScrollTheAreaInstead();
    void aFocusedControlTakesTheWheel();
    void theWheelDoesNotGiveFocus();
    void scrollBarsAndOtherWidgetsAreLeftAlone();

private:
    QScrollArea *m_area = nullptr;
    QSpinBox *m_spin = nullptr;
    QComboBox *m_combo = nullptr;
    QSlider *m_slider = nullptr;
};

void tst_WheelGuard::initTestCase()
{
    WheelGuard::install();
    WheelGuard::install(); // once is enough: no second guard
    QCOMPARE(qApp->findChildren<WheelGuard *>().size(), 1);
}

void tst_WheelGuard::init()
{
    m_area = new QScrollArea;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_spin = new QSpinBox;
    m_spin->setRange(0, 100);
    m_spin->setValue(50);
    m_combo = new QComboBox;
    m_combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    m_combo->setCurrentIndex(1);
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, 100);
    m_slider->setValue(50);
    layout->addWidget(m_spin);
    layout->addWidget(m_combo);
    layout->addWidget(m_slider);
    layout->addSpacing(2000); // taller than the area: it scrolls
    m_area->setWidget(content);
    m_area->resize(300, 200);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area));
    m_area->verticalScrollBar()->setValue(0);
    // The first control would take the focus as the window opens: the area takes it instead.
    m_area->setFocusPolicy(Qt::StrongFocus);
    m_area->setFocus();
}

void tst_WheelGuard::cleanup()
{
    delete m_area;
    m_area = nullptr;
}

void tst_WheelGuard::unfocusedControlsScrollTheAreaInstead()
{
    QScrollBar *bar = m_area->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    int scrolled = bar->value();
    for (QWidget *control : {static_cast<QWidget *>(m_spin), static_cast<QWidget *>(m_combo),
                             static_cast<QWidget *>(m_slider)}) {
        QVERIFY(!control->hasFocus());
        turnWheel(control, -120); // down: the area scrolls down
        QVERIFY2(bar->value() > scrolled, control->metaObject()->className());
        scrolled = bar->value();
        bar->setValue(0);
        scrolled = 0;
    }
    QCOMPARE(m_spin->value(), 50);
    QCOMPARE(m_combo->currentIndex(), 1);
    QCOMPARE(m_slider->value(), 50);
}

void tst_WheelGuard::aFocusedControlTakesTheWheel()
{
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area));
    m_spin->setFocus();
    QVERIFY(m_spin->hasFocus());
    turnWheel(m_spin, 120);
    QCOMPARE(m_spin->value(), 51);
    m_combo->setFocus();
    turnWheel(m_combo, -120);
    QCOMPARE(m_combo->currentIndex(), 2);
    QCOMPARE(m_area->verticalScrollBar()->value(), 0);
}

// Qt gives the focus to a Qt::WheelFocus widget before it delivers the wheel: the guarded
// controls are polished to Qt::StrongFocus, so a wheel turn never focuses them.
void tst_WheelGuard::theWheelDoesNotGiveFocus()
{
    QCOMPARE(m_spin->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(m_combo->focusPolicy(), Qt::StrongFocus);
    QVERIFY(m_slider->focusPolicy() != Qt::WheelFocus);
}

void tst_WheelGuard::scrollBarsAndOtherWidgetsAreLeftAlone()
{
    QVERIFY(!WheelGuard::guards(m_area->verticalScrollBar()));
    QVERIFY(!WheelGuard::guards(m_area));
    QVERIFY(WheelGuard::guards(m_slider));
    turnWheel(m_area->verticalScrollBar(), -120);
    QVERIFY(m_area->verticalScrollBar()->value() > 0);
}

QTEST_MAIN(tst_WheelGuard)
#include "tst_wheelguard.moc"
