#pragma once

#include <QObject>

class QWidget;

namespace gui {

// Keeps the mouse wheel from changing a value by accident: a spin box, combo box or slider
// takes the wheel only while it has the keyboard focus. Otherwise the wheel scrolls whatever
// holds the control (the inspector's scroll area), as if the control were not under the pointer.
//
// One instance, installed on the application, covers every window and dialog: it also turns
// those controls' Qt::WheelFocus into Qt::StrongFocus as they are polished, since Qt gives the
// focus to a WheelFocus widget before the wheel event is delivered.
class WheelGuard final : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Installs one guard on the application (again: nothing happens).
    static void install();
    // Whether widget is a control the guard keeps from an unfocused wheel.
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace gui
