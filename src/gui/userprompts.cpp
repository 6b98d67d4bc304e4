#include "userprompts.h"

#include <QCheckBox>
#include <QCoreApplication>
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
    prompts.confirmDestructive = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                        parent);
        box.setDefaultButton(QMessageBox::Cancel);
        auto *dontAsk = new QCheckBox(
                QCoreApplication::translate("gui::UserPrompts", "Don't ask again"), &box);
        box.setCheckBox(dontAsk);
        const bool proceed = box.exec() == QMessageBox::Yes;
        return DestructiveAnswer {proceed, proceed && dontAsk->isChecked()};
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
