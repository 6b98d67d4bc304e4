#include "eventstreamwidget.h"

#include "eventpresentation.h"
#include "session/regularfile.h"
#include "ui_eventstreamwidget.h"

#include "trace/jsonlreader.h"
#include "trace/jsonlwriter.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace gui {

namespace {

// RFC 4180: quote a field that holds a separator, a quote or a line break.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// An objectName for tests: "eventAction_data", "eventAction_connectCall".
QString eventActionName(NetEvent event)
{
    return u"eventAction_"_s + netcore::netEventName(event)
            + (netcore::isCall(event) ? u"Call"_s : QString());
}

} // namespace

EventStreamWidget::EventStreamWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventStreamWidget>())
    , m_model(new EventTableModel(this))
{
    m_ui->setupUi(this);
    m_model->setCapacity(m_capacity);
    m_ui->endpointCombo->addItem(tr("All endpoints"), QVariant::fromValue(quint64(0)));
    m_ui->detailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->reviewLabel->setVisible(false);
    m_ui->splitter->setStretchFactor(0, 3); // the table gets most of the height
    m_ui->splitter->setStretchFactor(1, 1);
    setUpTable();
    setUpEventMenu();
    setUpLegend();
    setUpHideAutomatic();

    m_textFilterTimer.setSingleShot(true);
    m_textFilterTimer.setInterval(150); // one rescan per pause in typing, not per key
    connect(&m_textFilterTimer, &QTimer::timeout, this,
            [this] { m_model->setTextFilter(m_ui->filterEdit->text()); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] { m_textFilterTimer.start(); });
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        m_textFilterTimer.stop();
        m_model->setTextFilter(m_ui->filterEdit->text());
    });
    connect(m_ui->endpointCombo, &QComboBox::currentIndexChanged, this,
            &EventStreamWidget::applyEndpointCombo);
    connect(m_ui->timeModeCombo, &QComboBox::currentIndexChanged, this,
            &EventStreamWidget::applyTimeMode);
    connect(m_ui->followButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_ui->tableView->scrollToBottom();
    });
    connect(m_ui->clearButton, &QToolButton::clicked, this, &EventStreamWidget::clear);

    connect(m_model, &EventTableModel::endpointsAdded, this, &EventStreamWidget::syncEndpointCombo);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &EventStreamWidget::scrollToTailIfFollowing);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventStreamWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventStreamWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventStreamWidget::updateStatus);
    connect(m_model, &EventTableModel::rescanFinished, this, &EventStreamWidget::updateStatus);
    connect(m_model, &EventTableModel::rescanFinished, this,
            &EventStreamWidget::scrollToTailIfFollowing);
    updateStatus();
}

EventStreamWidget::~EventStreamWidget() = default;

void EventStreamWidget::setUpTable()
{
    QTableView *view = m_ui->tableView;
    view->setModel(m_model);
    // Fixed row heights: the view never measures rows, so a million of them scroll smoothly.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideRight);

    auto *reference = new QAction(tr("Use as time reference"), view);
    reference->setObjectName(u"useAsReferenceAction"_s);
    connect(reference, &QAction::triggered, this, &EventStreamWidget::useCurrentRowAsReference);
    auto *onlyEndpoint = new QAction(tr("Show only this endpoint"), view);
    onlyEndpoint->setObjectName(u"filterEndpointAction"_s);
    connect(onlyEndpoint, &QAction::triggered, this, &EventStreamWidget::filterCurrentEndpoint);
    view->addActions({reference, onlyEndpoint});

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventStreamWidget::showCurrent);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT endpointActivated(m_model->record(index.row()).endpointId);
    });
    // Scrolling up stops following; scrolling back to the end resumes it.
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QAbstractSlider::actionTriggered, this, [this, bar](int) {
        m_ui->followButton->setChecked(bar->sliderPosition() >= bar->maximum());
    });
}

void EventStreamWidget::setUpEventMenu()
{
    m_eventMenu = new QMenu(this);
    m_eventMenu->setObjectName(u"eventKindMenu"_s);
    QAction *all = m_eventMenu->addAction(tr("Show all"));
    all->setObjectName(u"showAllEventsAction"_s);
    QAction *none = m_eventMenu->addAction(tr("Show none"));
    none->setObjectName(u"showNoEventsAction"_s);
    auto setAll = [this](bool checked) {
        m_applyingMenu = true;
        for (QAction *action : std::as_const(m_eventActions))
            action->setChecked(checked);
        m_applyingMenu = false;
        applyEventMenu();
    };
    connect(all, &QAction::triggered, this, [setAll] { setAll(true); });
    connect(none, &QAction::triggered, this, [setAll] { setAll(false); });
    for (int c = 0; c < EventCategoryCount; ++c) {
        m_eventMenu->addSection(EventPresentation::categoryName(EventCategory(c)));
        for (int e = 0; e < NetEventCount; ++e) {
            const auto event = NetEvent(e);
            if (EventPresentation::category(event) != EventCategory(c))
                continue;
            QAction *action = m_eventMenu->addAction(EventPresentation::eventLabel(event));
            action->setObjectName(eventActionName(event));
            action->setCheckable(true);
            action->setChecked(true);
            action->setData(e);
            connect(action, &QAction::toggled, this, [this] {
                if (!m_applyingMenu)
                    applyEventMenu();
            });
            m_eventActions.append(action);
        }
    }
    m_ui->eventKindButton->setMenu(m_eventMenu);
    sizeToFont();
}

void EventStreamWidget::sizeToFont()
{
    const QFontMetrics metrics = fontMetrics();
    QTableView *view = m_ui->tableView;
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    QHeaderView *columns = view->horizontalHeader();
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    columns->resizeSection(EventTableModel::SeqColumn, digit * 8);
    columns->resizeSection(EventTableModel::TimeColumn, digit * 15);
    columns->resizeSection(EventTableModel::EndpointColumn, digit * 12);
    columns->resizeSection(EventTableModel::EventColumn, digit * 20);
    // Wide enough for the longest label, so the button does not jump while filtering.
    const QString widest
            = tr("Events (%1 of %2)").arg(m_eventActions.size()).arg(m_eventActions.size());
    m_ui->eventKindButton->setMinimumWidth(metrics.horizontalAdvance(widest) + 40);
    // The combos keep their natural widths while there is room, but may shrink to about ten
    // characters (eliding their text): at their natural widths the filter bar alone made the
    // smallest window 1340 pixels wide, wider than a 1280-pixel screen.
    const int shrunkText = metrics.horizontalAdvance(QLatin1Char('x')) * 10;
    for (QComboBox *combo : {m_ui->endpointCombo, m_ui->timeModeCombo}) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QSize shrunk = style()->sizeFromContents(QStyle::CT_ComboBox, &option,
                                                       QSize(shrunkText, metrics.height()), combo);
        combo->setMinimumWidth(qMin(shrunk.width(), combo->sizeHint().width()));
    }
}

void EventStreamWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_eventMenu) // after the constructor
        sizeToFont();
}

void EventStreamWidget::setUpLegend()
{
    auto *layout = qobject_cast<QHBoxLayout *>(m_ui->legendWidget->layout());
    const QList<LegendEntry> entries = EventPresentation::legend();
    for (const LegendEntry &entry : entries) {
        auto *label = new QLabel(m_ui->legendWidget);
        label->setObjectName(u"legend_"_s + QString::number(int(entry.category)));
        label->setTextFormat(Qt::RichText);
        label->setText(u"<span style=\"color:%1\">\u25a0</span> %2"_s.arg(
                entry.color.name(), entry.name.toHtmlEscaped()));
        label->setToolTip(entry.description);
        layout->addWidget(label);
    }
    auto *calls = new QLabel(tr("<i>call()</i> = a call made on the endpoint"), m_ui->legendWidget);
    calls->setObjectName(u"legend_calls"_s);
    calls->setTextFormat(Qt::RichText);
    layout->addWidget(calls);
    layout->addStretch(1);
}

void EventStreamWidget::setUpHideAutomatic()
{
    m_hideAutomaticAction = new QAction(tr("Hide &Automatic Rows"), this);
    m_hideAutomaticAction->setObjectName(u"hideAutomaticAction"_s);
    m_hideAutomaticAction->setCheckable(true);
    m_hideAutomaticAction->setToolTip(
            tr("Hide what netcore does by itself: the automatic end() and destroy() calls "
               "(autoDestroy, the end at the peer's FIN, the destroy after an error) and "
               "'ready', which always follows 'connect'. The counts still include them."));
    connect(m_hideAutomaticAction, &QAction::toggled, this, [this](bool hide) {
        m_model->setHidingAutomatic(hide);
        updateStatus();
    });
    auto *button = new QToolButton(this);
    button->setObjectName(u"hideAutomaticButton"_s);
    button->setDefaultAction(m_hideAutomaticAction);
    m_ui->filterBar->insertWidget(m_ui->filterBar->indexOf(m_ui->eventKindButton) + 1, button);
}

// ---- records

void EventStreamWidget::appendRecords(const QList<trace::TraceRecord> &records, quint64 lost)
{
    if (isReviewing())
        return; // a file's records only
    m_model->appendRecords(records, lost);
    if (m_model->store().lostCount() > 0 && lost > 0)
        updateStatus();
}

void EventStreamWidget::clear()
{
    m_reviewPath.clear();
    m_ui->reviewLabel->setVisible(false);
    m_ui->clearButton->setVisible(true);
    m_model->clear();
    m_model->setCapacity(m_capacity);
    m_ui->detailsEdit->clear();
    updateStatus();
}

void EventStreamWidget::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    if (!isReviewing()) // a file under review keeps all of its records
        m_model->setCapacity(m_capacity);
    updateStatus();
}

qsizetype EventStreamWidget::totalRecords() const
{
    return m_model->store().size();
}

qsizetype EventStreamWidget::visibleRecords() const
{
    return m_model->rowCount();
}

bool EventStreamWidget::openTrace(const QString &path, QString *error)
{
    QFile file(path);
    if (!session::openRegularFile(&file, MaxTraceFileBytes, error))
        return false;
    return showTrace(path, trace::JsonlReader::read(&file), error);
}

bool EventStreamWidget::showTrace(const QString &path, const trace::JsonlReadResult &result,
                                  QString *error)
{
    QStringList problems;
    for (const trace::JsonlError &e : result.errors)
        problems += e.toString();
    if (result.records.isEmpty()) {
        if (error)
            *error = problems.isEmpty() ? tr("%1 holds no records.").arg(path)
                                        : problems.join(QLatin1Char('\n'));
        return false;
    }
    clear();
    m_reviewPath = path;
    m_model->setCapacity(qMax(m_capacity, result.records.size()));
    m_model->appendRecords(result.records, 0);
    m_ui->reviewLabel->setText(tr("Reviewing %1: %2 records (read-only).")
                                       .arg(QFileInfo(path).fileName())
                                       .arg(result.records.size()));
    m_ui->reviewLabel->setVisible(true);
    m_ui->clearButton->setVisible(false); // a file's records stay what the file holds
    if (error) {
        *error = result.badLines == 0
                ? QString()
                : tr("%n line(s) could not be read:", nullptr, int(result.badLines))
                        + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    }
    updateStatus();
    return true;
}

bool EventStreamWidget::exportJsonl(const QString &path, QString *error) const
{
    return writeRows(path, {}, error, [this](int row, QByteArray &out) {
        trace::appendJsonLine(m_model->record(row), out);
    });
}

bool EventStreamWidget::exportCsv(const QString &path, QString *error) const
{
    // Column names are for programs: never translated.
    return writeRows(path, "seq,t_ns,wall_ms,time,id,kind,type,name,internal,summary\n", error,
                     [this](int row, QByteArray &out) {
                         const trace::TraceRecord &r = m_model->record(row);
                         const QString line = QString::number(r.seq) + QLatin1Char(',')
                                 + QString::number(r.monoNs) + QLatin1Char(',')
                                 + QString::number(r.wallMs) + QLatin1Char(',')
                                 + csvField(m_model->timeText(row)) + QLatin1Char(',')
                                 + QString::number(r.endpointId) + QLatin1Char(',')
                                 + trace::kindName(r.kind) + QLatin1Char(',')
                                 + trace::typeName(r.event) + QLatin1Char(',') + r.name()
                                 + QLatin1Char(',') + (r.internal ? u"true"_s : u"false"_s)
                                 + QLatin1Char(',') + csvField(EventPresentation::summary(r))
                                 + QLatin1Char('\n');
                         out += line.toUtf8();
                     });
}

// Every shown row, one appendRow() each, written in pieces of about 64 KiB.
bool EventStreamWidget::writeRows(const QString &path, const QByteArray &header, QString *error,
                                  const std::function<void(int, QByteArray &)> &appendRow) const
{
    return session::writeRegularFile(
            path,
            [&](const session::WriteFunction &write) {
                QByteArray out = header;
                const int rows = m_model->rowCount();
                for (int row = 0; row < rows; ++row) {
                    appendRow(row, out);
                    if (out.size() > 1 << 16) {
                        if (!write(out))
                            return;
                        out.resize(0);
                    }
                }
                write(out);
            },
            error);
}

// ---- filter bar

void EventStreamWidget::syncEndpointCombo()
{
    QComboBox *combo = m_ui->endpointCombo;
    const QList<quint64> &ids = m_model->endpoints();
    if (ids.isEmpty()) {
        // Cleared: forget the endpoints, but keep a chosen one for the records to come.
        for (int i = combo->count() - 1; i > 0; --i) {
            if (i != combo->currentIndex())
                combo->removeItem(i);
        }
        m_comboEndpoints.clear();
        if (combo->currentIndex() > 0)
            m_comboEndpoints.insert(combo->currentData().toULongLong());
        return;
    }
    // A set of what the combo lists, not a search of the combo per endpoint: with thousands of
    // endpoints that was a pass over the whole list for each of them on every batch of records.
    for (const quint64 id : ids) {
        if (!m_comboEndpoints.contains(id)) {
            m_comboEndpoints.insert(id);
            combo->addItem(u"#%1 %2"_s.arg(id).arg(trace::kindName(m_model->endpointKind(id))),
                           QVariant::fromValue(id));
        }
    }
}

void EventStreamWidget::applyEndpointCombo()
{
    const quint64 id = m_ui->endpointCombo->currentData().toULongLong();
    m_model->setEndpointFilter(id == 0 ? QSet<quint64>() : QSet<quint64> {id});
}

void EventStreamWidget::setEndpointFilter(quint64 id)
{
    QComboBox *combo = m_ui->endpointCombo;
    int index = combo->findData(QVariant::fromValue(id));
    if (index < 0) {
        m_comboEndpoints.insert(id);
        combo->addItem(u"#%1"_s.arg(id), QVariant::fromValue(id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void EventStreamWidget::applyEventMenu()
{
    EventTableModel::EventMask mask = 0;
    int shown = 0;
    for (const QAction *action : std::as_const(m_eventActions)) {
        if (action->isChecked()) {
            mask |= EventTableModel::eventBit(NetEvent(action->data().toInt()));
            ++shown;
        }
    }
    m_model->setEventMask(mask);
    m_ui->eventKindButton->setText(
            shown == m_eventActions.size()
                    ? tr("Events")
                    : tr("Events (%1 of %2)").arg(shown).arg(m_eventActions.size()));
}

void EventStreamWidget::applyTimeMode()
{
    const auto mode = EventTableModel::TimeMode(m_ui->timeModeCombo->currentIndex());
    if (mode == EventTableModel::TimeMode::SinceReference && !m_model->hasReference()) {
        const QModelIndex current = m_ui->tableView->currentIndex();
        if (current.isValid())
            m_model->setReferenceRow(current.row());
    }
    m_model->setTimeMode(mode);
}

void EventStreamWidget::useCurrentRowAsReference()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!current.isValid())
        return;
    m_model->setReferenceRow(current.row());
    m_ui->timeModeCombo->setCurrentIndex(int(EventTableModel::TimeMode::SinceReference));
}

void EventStreamWidget::filterCurrentEndpoint()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        setEndpointFilter(m_model->record(current.row()).endpointId);
}

// ---- view

void EventStreamWidget::showCurrent()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (!current.isValid()) {
        m_ui->detailsEdit->clear();
        return;
    }
    const trace::TraceRecord &record = m_model->record(current.row());
    m_ui->detailsEdit->setPlainText(EventPresentation::details(record));
    Q_EMIT recordSelected(record);
}

void EventStreamWidget::setHighlightedRecords(const QList<quint64> &seqs)
{
    if (seqs == m_model->highlighted())
        return;
    m_model->setHighlighted(seqs);
    Q_EMIT highlightedRecordsChanged(seqs);
}

bool EventStreamWidget::selectRecord(quint64 seq)
{
    // Seqs grow along the store (a file written by --trace has them in order); a file that
    // does not is searched from end to end.
    const EventStore &store = m_model->store();
    qsizetype lo = 0, hi = store.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (store.at(mid).seq < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == store.size() || store.at(lo).seq != seq) {
        lo = 0;
        while (lo < store.size() && store.at(lo).seq != seq)
            ++lo;
        if (lo == store.size())
            return false;
    }
    const int row = m_model->rowForStoreIndex(store.firstIndex() + quint64(lo));
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->tableView->setCurrentIndex(index);
    m_ui->tableView->scrollTo(index);
    return true;
}

bool EventStreamWidget::isFollowing() const
{
    return m_ui->followButton->isChecked();
}

void EventStreamWidget::setFollowing(bool follow)
{
    m_ui->followButton->setChecked(follow);
}

void EventStreamWidget::scrollToTailIfFollowing()
{
    if (isFollowing())
        m_ui->tableView->scrollToBottom();
}

void EventStreamWidget::updateStatus()
{
    const EventStore &store = m_model->store();
    QString text = tr("%1 records, %2 shown").arg(store.size()).arg(m_model->rowCount());
    if (store.droppedCount() > 0)
        text += u", "_s + tr("%1 dropped (store full)").arg(store.droppedCount());
    if (store.lostCount() > 0)
        text += u", "_s + tr("%1 lost before display").arg(store.lostCount());
    if (m_model->isHidingAutomatic())
        text += u", "_s + tr("automatic rows hidden");
    if (m_model->isRescanning())
        text += u", "_s + tr("filtering\u2026");
    m_ui->statusLabel->setText(text);
}

} // namespace gui
