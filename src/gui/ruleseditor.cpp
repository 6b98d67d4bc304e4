#include "ruleseditor.h"

#include "session/replyrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using session::ReplyFraming;
using session::ReplyRule;

namespace gui {

namespace {

// Which rule of the live set a row shows the hits of (-1: a row added here, no count yet).
constexpr int LiveIndexRole = Qt::UserRole + 1;
// Which of the kept rules (given with a problem) a row was opened with.
constexpr int KeptIndexRole = Qt::UserRole + 2;
constexpr int FrameIntervalMs = 33;

} // namespace

RulesEditor::RulesEditor(const session::ReplyRuleSet &rules, QWidget *parent)
    : QDialog(parent)
    , m_framing(new QComboBox(this))
    , m_delimiter(new QLineEdit(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_scope(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("&Down"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"rulesEditor"_s);
    setWindowTitle(tr("Auto-reply rules"));
    m_framing->setObjectName(u"framingCombo"_s);
    m_framing->addItem(tr("Each chunk as read"), int(ReplyFraming::Kind::Chunk));
    m_framing->addItem(tr("Each line (LF, CR LF)"), int(ReplyFraming::Kind::Line));
    m_framing->addItem(tr("Each message ending in:"), int(ReplyFraming::Kind::Delimiter));
    m_delimiter->setObjectName(u"delimiterEdit"_s);
    m_delimiter->setPlaceholderText(tr("delimiter, with escapes (\\0, \\r\\n)"));
    m_table->setObjectName(u"rulesTable"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("On"), tr("Rule  KIND[,OPTION...]:PATTERN=REPLY"), tr("Hits")});
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HitsColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_scope->setObjectName(u"scopeLabel"_s);
    m_scope->setWordWrap(true);
    m_scope->hide();
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_add->setObjectName(u"addRuleButton"_s);
    m_remove->setObjectName(u"removeRuleButton"_s);
    m_up->setObjectName(u"moveRuleUpButton"_s);
    m_down->setObjectName(u"moveRuleDownButton"_s);
    m_buttons->setObjectName(u"buttons"_s);

    auto *framingRow = new QHBoxLayout;
    framingRow->addWidget(new QLabel(tr("Messages:"), this));
    framingRow->addWidget(m_framing);
    framingRow->addWidget(m_delimiter, 1);
    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttonColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(framingRow);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("KIND: exact, contains, re, hex. OPTION: delay=200ms, end, "
                                    "reset. REPLY: text with \\r \\n \\xHH and $1, ${count}, "
                                    "${time}, ${data}, or hex:BYTES. The first rule that "
                                    "matches a message answers it."),
                                 this));
    layout->addWidget(m_buttons);

    m_framing->setCurrentIndex(m_framing->findData(int(rules.framing.kind)));
    if (rules.framing.kind == ReplyFraming::Kind::Delimiter)
        m_delimiter->setText(rules.framing.toText().mid(6)); // after "delim:"
    for (qsizetype i = 0; i < rules.rules.size(); ++i)
        addRow(rules.rules[i], -1);

    connect(m_framing, &QComboBox::currentIndexChanged, this, &RulesEditor::validate);
    connect(m_delimiter, &QLineEdit::textChanged, this, &RulesEditor::validate);
    connect(m_table, &QTableWidget::itemChanged, this, &RulesEditor::validate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesEditor::validate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString unused;
        addRow(*ReplyRule::parse(u"contains:PING=PONG\\r\\n"_s, &unused), -1);
        m_table->selectRow(m_table->rowCount() - 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, RuleColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            m_table->removeRow(row);
        validate();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_hitsTimer.setInterval(FrameIntervalMs);
    connect(&m_hitsTimer, &QTimer::timeout, this, &RulesEditor::refreshHits);
    validate();
}

void RulesEditor::setLiveRules(std::shared_ptr<const session::ReplyRules> live)
{
    m_live = std::move(live);
    // A row shows the hits of the live rule it was opened with, wherever it is moved.
    const QList<ReplyRule> liveRules = m_live ? m_live->definition().rules : QList<ReplyRule>();
    QList<bool> taken(liveRules.size(), false);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString error;
        const std::optional<ReplyRule> rule
                = ReplyRule::parse(m_table->item(row, RuleColumn)->text(), &error);
        int liveIndex = -1;
        for (qsizetype i = 0; rule && i < liveRules.size(); ++i) {
            ReplyRule candidate = liveRules[i];
            candidate.enabled = true;
            if (!taken[i] && candidate == *rule) {
                taken[i] = true;
                liveIndex = int(i);
                break;
            }
        }
        m_table->item(row, HitsColumn)->setData(LiveIndexRole, liveIndex);
    }
    refreshHits();
    if (m_live)
        m_hitsTimer.start();
    else
        m_hitsTimer.stop();
}

void RulesEditor::setScopeNote(const QString &note)
{
    m_scope->setText(note);
    m_scope->setVisible(!note.isEmpty());
}

void RulesEditor::addRow(const ReplyRule &rule, int liveIndex)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    ReplyRule shown = rule;
    shown.enabled = true; // the box says it, not an "off" in the text
    auto *text = new QTableWidgetItem(shown.toText());
    if (!rule.problem.isEmpty()) {
        text->setData(KeptIndexRole, int(m_kept.size()));
        m_kept.append(rule);
    }
    auto *hits = new QTableWidgetItem;
    hits->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    hits->setData(LiveIndexRole, liveIndex);
    hits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, EnabledColumn, enabled);
    m_table->setItem(row, RuleColumn, text);
    m_table->setItem(row, HitsColumn, hits);
    validate();
}

const ReplyRule *RulesEditor::keptRuleAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, RuleColumn);
    bool isKept = false;
    const int index = item->data(KeptIndexRole).toInt(&isKept);
    if (!isKept || index < 0 || index >= m_kept.size() || item->text() != m_kept[index].toText())
        return nullptr;
    return &m_kept[index];
}

void RulesEditor::moveSelected(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const QSignalBlocker blocker(m_table);
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem *moving = m_table->takeItem(row, column);
        QTableWidgetItem *other = m_table->takeItem(target, column);
        m_table->setItem(row, column, other);
        m_table->setItem(target, column, moving);
    }
    m_table->selectRow(target);
    validate();
}

// Marks each rule that does not compile (red, the reason as its tooltip), says the first one
// below the table, and keeps OK disabled until every rule and the framing are good.
void RulesEditor::validate()
{
    const QSignalBlocker blocker(m_table);
    const bool delimited = m_framing->currentData().toInt() == int(ReplyFraming::Kind::Delimiter);
    m_delimiter->setEnabled(delimited);
    QString firstProblem;
    m_framingValid = true;
    if (delimited) {
        QString error;
        const std::optional<ReplyFraming> framing
                = ReplyFraming::parse(u"delim:"_s + m_delimiter->text(), &error);
        m_framingValid = framing.has_value();
        if (!m_framingValid)
            firstProblem = tr("Delimiter: %1").arg(error);
    }
    m_invalidRows = 0;
    QString firstKept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, RuleColumn);
        QTableWidgetItem *enabled = m_table->item(row, EnabledColumn);
        if (const ReplyRule *kept = keptRuleAt(row)) {
            // Off, and it cannot be turned on until it is put right.
            enabled->setFlags(enabled->flags() & ~Qt::ItemIsUserCheckable);
            enabled->setCheckState(Qt::Unchecked);
            item->setToolTip(kept->problem);
            item->setForeground(QBrush(Qt::darkGray));
            if (firstKept.isEmpty())
                firstKept = tr("Rule %1 is kept as the workspace had it, and stays off: %2")
                                    .arg(row + 1)
                                    .arg(kept->problem);
            continue;
        }
        enabled->setFlags(enabled->flags() | Qt::ItemIsUserCheckable);
        QString error;
        const std::optional<ReplyRule> rule = ReplyRule::parse(item->text(), &error);
        if (rule)
            error = session::ReplyRules::problem(*rule);
        item->setToolTip(error);
        item->setForeground(error.isEmpty() ? QBrush() : QBrush(Qt::red));
        if (!error.isEmpty()) {
            ++m_invalidRows;
            if (firstProblem.isEmpty())
                firstProblem = tr("Rule %1: %2").arg(row + 1).arg(error);
        }
    }
    if (firstProblem.isEmpty())
        firstProblem = firstKept;
    m_problem->setText(firstProblem);
    m_problem->setVisible(!firstProblem.isEmpty());
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

void RulesEditor::refreshHits()
{
    if (!m_live || !isVisible())
        return;
    const QList<qint64> counts = m_live->hitCounts();
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *hits = m_table->item(row, HitsColumn);
        const int index = hits->data(LiveIndexRole).toInt();
        const QString text
                = index >= 0 && index < counts.size() ? QString::number(counts[index]) : QString();
        if (hits->text() != text)
            hits->setText(text);
    }
}

session::ReplyRuleSet RulesEditor::ruleSet() const
{
    session::ReplyRuleSet set;
    QString error;
    if (m_framing->currentData().toInt() == int(ReplyFraming::Kind::Delimiter))
        set.framing = ReplyFraming::parse(u"delim:"_s + m_delimiter->text(), &error)
                              .value_or(ReplyFraming {});
    else
        set.framing.kind = ReplyFraming::Kind(m_framing->currentData().toInt());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const ReplyRule *kept = keptRuleAt(row)) {
            set.rules.append(*kept);
            continue;
        }
        std::optional<ReplyRule> rule
                = ReplyRule::parse(m_table->item(row, RuleColumn)->text(), &error);
        if (!rule)
            continue;
        rule->enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        set.rules.append(*rule);
    }
    return set;
}

} // namespace gui
