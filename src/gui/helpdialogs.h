#pragma once

#include <QList>
#include <QString>

class QDialog;
class QMainWindow;
class QWidget;

namespace gui {

// One row of Help > Keyboard Shortcuts.
struct ShortcutEntry
{
    QString menu;   // "Endpoint", or empty for an action in no menu
    QString action; // "Destroy", without the mnemonic's '&' and the trailing '…'
    QString keys;   // "Ctrl+D", several joined with ", "
};

// Every action of the window that has a shortcut, read from the actions themselves when asked,
// so the list never goes stale: in menu bar order, then those in no menu.
QList<ShortcutEntry> shortcutsOf(const QMainWindow *window);

// Help > Quick Start: the first steps in the window and where the lessons are. Not modal.
QDialog *makeQuickStartDialog(QWidget *parent);
// Help > Keyboard Shortcuts: a table of shortcutsOf(window). Not modal.
QDialog *makeShortcutsDialog(QMainWindow *window);

} // namespace gui
