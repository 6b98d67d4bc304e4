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
    // Before an action that cannot be undone (Destroy, Reset, Close All): yes or no, and
    // whether to skip the question from now on. Left unset (by a test), the action goes ahead.
    struct DestructiveAnswer
    {
        bool proceed = false;
        bool dontAskAgain = false;
    };
    std::function<DestructiveAnswer(QWidget *parent, const QString &title, const QString &text)>
            confirmDestructive;
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
