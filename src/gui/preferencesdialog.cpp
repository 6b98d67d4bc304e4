#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// The transcript spin box counts whole MiB; a cap that is on never shows as "Off".
int toMiB(qint64 bytes)
{
    return int((bytes + Preferences::MiB - 1) / Preferences::MiB);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)
            ->setObjectName(u"restoreDefaultsButton"_s);

    // The ranges come from Preferences, the one place that defines them.
    m_ui->ringSpin->setRange(int(Preferences::MinRingCapacity), int(Preferences::MaxRingCapacity));
    m_ui->transcriptSpin->setRange(0, toMiB(Preferences::MaxTranscriptCapBytes));
    m_ui->listSpin->setRange(int(Preferences::MinListCapacity), int(Preferences::MaxListCapacity));
    m_ui->refreshSpin->setRange(Preferences::MinRefreshHz, Preferences::MaxRefreshHz);
    for (QSpinBox *spin : {m_ui->ringSpin, m_ui->listSpin}) {
        spin->setGroupSeparatorShown(true);
        spin->setSingleStep(10000);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    setPreferences(Preferences());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_initial = preferences.clamped();
    m_ui->ringSpin->setValue(int(m_initial.recorderRingCapacity));
    m_ui->transcriptSpin->setValue(toMiB(m_initial.transcriptCapBytes));
    m_ui->listSpin->setValue(int(m_initial.eventListCapacity));
    m_ui->refreshSpin->setValue(m_initial.refreshHz);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.recorderRingCapacity = m_ui->ringSpin->value();
    if (m_ui->transcriptSpin->value() != toMiB(m_initial.transcriptCapBytes))
        p.transcriptCapBytes = qint64(m_ui->transcriptSpin->value()) * Preferences::MiB;
    p.eventListCapacity = m_ui->listSpin->value();
    p.refreshHz = m_ui->refreshSpin->value();
    return p.clamped();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences());
}

} // namespace gui
