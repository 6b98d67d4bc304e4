#pragma once

#include "preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace gui {

// Edits Preferences. The dialog only collects values; whoever opens it saves and applies them.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const;

private:
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    // What setPreferences() gave: a transcript cap that is not whole MiB survives untouched.
    Preferences m_initial;
};

} // namespace gui
