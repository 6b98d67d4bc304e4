#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace gui {

// Every modal question the main window asks, as replaceable functions: the defaults show real
// dialogs; GUI tests answer them in advance instead (no modal loop in a test).
struct UserPrompts
{
    std::function<bool(QWidget *parent, const QString &title, const QString &text)> confirm;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter)>
            openFileName;
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter,
                          const QString &suggestedName)>
            saveFileName;
    // Runs a dialog (already set up) and says whether it was accepted.
    std::function<bool(QDialog *dialog)> execDialog;

    static UserPrompts interactive();
};

} // namespace gui
