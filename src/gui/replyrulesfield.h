#pragma once

#include "ruleseditor.h"

#include "session/replyrule.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gui {

// The auto-reply rules of a listener or client about to be made (New Listener, New Client): a
// summary ("2 rules, each line") and a button that opens the RulesEditor on them. What the
// editor accepts becomes ruleSet().
class ReplyRulesField final : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyRulesField(QWidget *parent = nullptr);

    session::ReplyRuleSet ruleSet() const { return m_rules; }
    void setRuleSet(const session::ReplyRuleSet &rules);
    // The editor while it is open (tests fill it in), else null.
    RulesEditor *editor() const { return m_editor; }

Q_SIGNALS:
    void ruleSetChanged();

private:
    void edit();
    void updateSummary();

    QLabel *m_summary;
    QPushButton *m_button;
    QPointer<RulesEditor> m_editor;
    session::ReplyRuleSet m_rules;
};

} // namespace gui
