#include "userprompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace gui {

UserPrompts UserPrompts::interactive()
{
    UserPrompts prompts;
    prompts.confirm = [](QWidget *parent, const QString &title, const QString &text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
                == QMessageBox::Yes;
    };
    prompts.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    prompts.openFileName = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    };
    prompts.saveFileName = [](QWidget *parent, const QString &caption, const QString &filter,
                              const QString &suggestedName) {
        return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
    };
    prompts.execDialog = [](QDialog *dialog) { return dialog->exec() == QDialog::Accepted; };
    return prompts;
}

} // namespace gui
