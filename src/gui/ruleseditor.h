#pragma once

#include "session/replyrule.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace session {
class ReplyRules;
}

namespace gui {

// Edits the auto-reply rules of one listener or client: an ordered list (the first enabled
// rule that matches answers), each rule in its command-line form (contains:PING=PONG\r\n),
// with add, remove, up, down, an enable box and the framing. A rule that does not compile is
// marked and says why, and OK waits until every rule compiles. A rule a workspace kept that
// cannot answer (ReplyRule::problem) is not the user's doing now: it is shown with its reason,
// stays off and comes back as it was, and does not hold OK back until the user edits it. With
// live rules, each row shows its hit count, refreshed at frame rate while the dialog is shown.
class RulesEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit RulesEditor(const session::ReplyRuleSet &rules, QWidget *parent = nullptr);

    // The rules answering the endpoint now; counts are read from them (thread-safe).
    void setLiveRules(std::shared_ptr<const session::ReplyRules> live);

    // Says above the rules whose they are and what an edit affects.
    void setScopeNote(const QString &note);

    session::ReplyRuleSet ruleSet() const;
    bool isValid() const { return m_invalidRows == 0 && m_framingValid; }

private:
    enum Column { EnabledColumn, RuleColumn, HitsColumn };

    void addRow(const session::ReplyRule &rule, int liveIndex);
    // The kept rule a row still shows unedited, else null.
    const session::ReplyRule *keptRuleAt(int row) const;
    void moveSelected(int step);
    void validate();
    void refreshHits();

    QComboBox *m_framing;
    QLineEdit *m_delimiter;
    QTableWidget *m_table;
    QLabel *m_scope;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QDialogButtonBox *m_buttons;
    QTimer m_hitsTimer;
    std::shared_ptr<const session::ReplyRules> m_live;
    QList<session::ReplyRule> m_kept; // the rules given with a problem, by KeptIndexRole
    int m_invalidRows = 0;
    bool m_framingValid = true;
};

} // namespace gui
