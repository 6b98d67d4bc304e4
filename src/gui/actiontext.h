#pragma once

#include <QString>

class QWidget;

namespace gui {

// An action's text as a label outside its menu (a tool button, the shortcut list): without the
// accelerator, whether an '&' inside the word ("&New") or the suffix Chinese and Japanese
// translations add ("新建(&N)"), and without a trailing "…".
QString plainActionText(const QString &text);

// Gives every tool button under root that shows an action the action's plain text, now and
// whenever the action's text changes. Qt's own label for it drops only the '&', and "新建(&N)"
// became "新建(N)".
void keepToolButtonTextsPlain(QWidget *root);

} // namespace gui
