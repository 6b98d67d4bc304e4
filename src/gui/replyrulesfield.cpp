#include "replyrulesfield.h"

#include "ruleseditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gui {

ReplyRulesField::ReplyRulesField(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_button(new QPushButton(tr("Auto-reply rule&s…"), this))
{
    m_summary->setObjectName(u"rulesFieldSummary"_s);
    m_button->setObjectName(u"rulesFieldButton"_s);
    m_button->setToolTip(tr("Answer what arrives by rules: match, reply, delay, end or reset. "
                            "Rules answer instead of the automatic behaviour."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ReplyRulesField::edit);
    updateSummary();
}

void ReplyRulesField::setRuleSet(const session::ReplyRuleSet &rules)
{
    m_rules = rules;
    updateSummary();
    Q_EMIT ruleSetChanged();
}

// Opened window-modal, not exec()'d: the dialog that holds the field stays responsive to
// tests and the editor is deleted when it closes.
void ReplyRulesField::edit()
{
    if (m_editor) {
        m_editor->raise();
        return;
    }
    m_editor = new RulesEditor(m_rules, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this,
            [this, editor = m_editor] { setRuleSet(editor->ruleSet()); });
    m_editor->open();
}

void ReplyRulesField::updateSummary()
{
    if (m_rules.isEmpty()) {
        m_summary->setText(tr("None"));
        return;
    }
    qsizetype enabled = 0;
    for (const session::ReplyRule &rule : std::as_const(m_rules.rules))
        enabled += rule.enabled ? 1 : 0;
    m_summary->setText(tr("%n rule(s), %1 on", nullptr, int(m_rules.rules.size())).arg(enabled));
}

} // namespace gui
