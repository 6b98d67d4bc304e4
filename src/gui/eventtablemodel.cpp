#include "eventtablemodel.h"

#include "eventpresentation.h"
#include "explanations.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_rescanTimer.setInterval(0);
    connect(&m_rescanTimer, &QTimer::timeout, this, &EventTableModel::continueRescan);
    m_callFont.setItalic(true);
    m_referenceFont.setBold(true);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const trace::TraceRecord &EventTableModel::record(int row) const
{
    return m_store.atIndex(storeIndex(row));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const trace::TraceRecord &r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return QString::number(r.seq);
        case TimeColumn: return timeText(index.row());
        case EndpointColumn: return EventPresentation::endpointLabel(r);
        case EventColumn: return EventPresentation::eventLabel(r);
        case SummaryColumn: return EventPresentation::summary(r);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == EventColumn || index.column() == SummaryColumn)
            return EventPresentation::color(EventPresentation::category(r));
        break;
    case Qt::DecorationRole:
        if (index.column() == EventColumn)
            return EventPresentation::color(EventPresentation::category(r));
        break;
    case Qt::FontRole:
        if (index.column() == TimeColumn && m_timeMode == TimeMode::SinceReference && m_hasReference
            && r.seq == m_referenceSeq)
            return m_referenceFont;
        if (index.column() == EventColumn && r.isCall())
            return m_callFont;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn || index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        // Made only when a tooltip is asked for, never while painting.
        const QString meaning
                = EventPresentation::eventLabel(r) + u": "_s + Explanations::recordBrief(r);
        // The summary column elides: its tooltip has the whole line first.
        return index.column() == SummaryColumn
                ? QString(EventPresentation::summary(r) + u'\n' + meaning)
                : meaning;
    }
    case SeqRole: return QVariant::fromValue(r.seq);
    case EndpointIdRole: return QVariant::fromValue(r.endpointId);
    case StoreIndexRole: return QVariant::fromValue(storeIndex(index.row()));
    case CategoryRole: return int(EventPresentation::category(r));
    case HighlightRole: return m_highlighted.contains(r.seq);
    case Qt::BackgroundRole:
        if (m_highlighted.contains(r.seq))
            return QColor(0xff, 0xec, 0x99);
        break;
    default: break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("#");
    case TimeColumn:
        switch (m_timeMode) {
        case TimeMode::Absolute: return tr("Time");
        case TimeMode::SincePrevious: return tr("\u0394 previous");
        case TimeMode::SinceReference: return tr("\u0394 reference");
        }
        break;
    case EndpointColumn: return tr("Endpoint");
    case EventColumn: return tr("Event");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}

QString EventTableModel::headerToolTip(int section) const
{
    switch (section) {
    case SeqColumn: return tr("Sequence number: the order in which netbench recorded the rows");
    case TimeColumn:
        return tr("When it happened: wall clock, or the time since the previous row or the "
                  "reference row (View options of the stream)");
    case EndpointColumn: return tr("The server or socket it happened on (#id as in Endpoints)");
    case EventColumn:
        return tr("An event Node emits ('data', 'end', ...) or a call made on the endpoint "
                  "(write(), end(), ...); hover a row or see the Explain pane for its meaning");
    case SummaryColumn: return tr("Bytes, addresses, values and errors of the row");
    }
    return {};
}

// ---- records

void EventTableModel::popRows(qsizetype count)
{
    m_rowsHead += count;
    // Compact once the dead head outgrows the live part: amortised O(1) per row.
    if (m_rowsHead > 4096 && m_rowsHead > rows()) {
        m_rows.erase(m_rows.begin(), m_rows.begin() + m_rowsHead);
        m_rowsHead = 0;
    }
}

void EventTableModel::noteEndpoints(const QList<trace::TraceRecord> &records, qsizetype from)
{
    const qsizetype before = m_endpointOrder.size();
    quint64 last = 0; // batches come in runs of one endpoint: skip the hash for those
    for (qsizetype i = from; i < records.size(); ++i) {
        const trace::TraceRecord &r = records.at(i);
        if (r.endpointId == last)
            continue;
        last = r.endpointId;
        if (!m_endpointKinds.contains(r.endpointId)) {
            m_endpointKinds.insert(r.endpointId, r.kind);
            m_endpointOrder.append(r.endpointId);
        }
    }
    if (m_endpointOrder.size() != before)
        Q_EMIT endpointsAdded();
}

void EventTableModel::appendRecords(const QList<trace::TraceRecord> &records, quint64 lost)
{
    m_store.addLost(lost);
    if (records.isEmpty())
        return;
    // Records that cannot fit even in an empty store are dropped unseen by the store.
    const qsizetype from = qMax<qsizetype>(0, records.size() - m_store.capacity());
    const qsizetype overflow = m_store.overflowFor(records.size() - from);

    // One removal for the rows whose records fall off the front.
    removeRowsBefore(m_store.firstIndex() + quint64(overflow),
                     [this, overflow] { m_store.dropFront(overflow); });

    // One insertion for the new records that pass the filter. A running rescan takes them.
    const quint64 firstNew = m_store.endIndex() + quint64(from);
    if (isRescanning()) {
        m_store.append(records);
    } else {
        m_scratch.clear();
        for (qsizetype i = from; i < records.size(); ++i) {
            if (accepts(records.at(i)))
                m_scratch.push_back(firstNew + quint64(i - from));
        }
        const qsizetype oldRows = rows();
        const qsizetype added = qsizetype(m_scratch.size());
        if (added > 0)
            beginInsertRows({}, int(oldRows), int(oldRows + added - 1));
        m_store.append(records);
        m_rows.insert(m_rows.end(), m_scratch.begin(), m_scratch.end());
        if (added > 0)
            endInsertRows();
        m_rescanNext = m_store.endIndex();
    }
    noteEndpoints(records, from);
    Q_EMIT recordsAppended();
}

void EventTableModel::setHighlighted(const QList<quint64> &seqs)
{
    if (seqs == m_highlightedOrder)
        return;
    m_highlightedOrder = seqs;
    m_highlighted = QSet<quint64>(seqs.cbegin(), seqs.cend());
    if (rows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(rows()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, HighlightRole});
}

void EventTableModel::clear()
{
    beginResetModel();
    m_rescanTimer.stop();
    m_store.clear();
    m_rows.clear();
    m_rowsHead = 0;
    m_rescanNext = m_store.endIndex();
    m_endpointKinds.clear();
    m_endpointOrder.clear();
    m_hasReference = false;
    endResetModel();
    Q_EMIT endpointsAdded();
}

void EventTableModel::setCapacity(qsizetype capacity)
{
    if (capacity == m_store.capacity())
        return;
    const qsizetype overflow = qMax<qsizetype>(0, m_store.size() - capacity);
    removeRowsBefore(m_store.firstIndex() + quint64(overflow),
                     [this, capacity] { m_store.setCapacity(capacity); });
}

void EventTableModel::removeRowsBefore(quint64 newFirst, const std::function<void()> &dropStore)
{
    qsizetype gone = 0;
    while (gone < rows() && m_rows[size_t(m_rowsHead + gone)] < newFirst)
        ++gone;
    if (gone > 0)
        beginRemoveRows({}, 0, int(gone - 1));
    dropStore();
    popRows(gone);
    if (gone > 0)
        endRemoveRows();
    m_rescanNext = qMax(m_rescanNext, m_store.firstIndex());
}

int EventTableModel::rowForStoreIndex(quint64 index) const
{
    const auto begin = m_rows.begin() + m_rowsHead;
    const auto it = std::lower_bound(begin, m_rows.end(), index);
    return it != m_rows.end() && *it == index ? int(it - begin) : -1;
}

// ---- filter

bool EventTableModel::isFiltered() const
{
    return !m_endpointFilter.isEmpty() || m_eventMask != AllEvents || !m_textFilter.isEmpty()
            || m_hideAutomatic;
}

bool EventTableModel::isAutomatic(const trace::TraceRecord &record)
{
    return record.internal || record.event == netcore::NetEvent::Ready;
}

bool EventTableModel::accepts(const trace::TraceRecord &record) const
{
    if (!(m_eventMask & eventBit(record.event)))
        return false;
    if (!m_endpointFilter.isEmpty() && !m_endpointFilter.contains(record.endpointId))
        return false;
    if (m_hideAutomatic && isAutomatic(record))
        return false;
    if (m_textFilter.isEmpty())
        return true;
    return EventPresentation::eventLabel(record).contains(m_textFilter, Qt::CaseInsensitive)
            || EventPresentation::summary(record).contains(m_textFilter, Qt::CaseInsensitive)
            || EventPresentation::endpointLabel(record).contains(m_textFilter, Qt::CaseInsensitive);
}

void EventTableModel::setEndpointFilter(const QSet<quint64> &ids)
{
    if (ids == m_endpointFilter)
        return;
    m_endpointFilter = ids;
    refilter();
}

void EventTableModel::setEventMask(EventMask mask)
{
    mask &= AllEvents;
    if (mask == m_eventMask)
        return;
    m_eventMask = mask;
    refilter();
}

void EventTableModel::setHidingAutomatic(bool hide)
{
    if (hide == m_hideAutomatic)
        return;
    m_hideAutomatic = hide;
    refilter();
}

void EventTableModel::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    refilter();
}

// Looks at store records from m_rescanNext on for at most RescanSliceMs. True when done.
bool EventTableModel::rescanSlice(std::vector<quint64> *found)
{
    QElapsedTimer clock;
    clock.start();
    const bool all = !isFiltered();
    while (m_rescanNext < m_store.endIndex()) {
        const quint64 end = qMin(m_store.endIndex(), m_rescanNext + 1024);
        for (; m_rescanNext < end; ++m_rescanNext) {
            if (all || accepts(m_store.atIndex(m_rescanNext)))
                found->push_back(m_rescanNext);
        }
        if (clock.elapsed() >= RescanSliceMs)
            break;
    }
    return m_rescanNext >= m_store.endIndex();
}

void EventTableModel::refilter()
{
    // The first slice runs inside the reset, so a small store is refiltered at once.
    beginResetModel();
    m_rows.clear();
    m_rowsHead = 0;
    m_rescanNext = m_store.firstIndex();
    const bool done = rescanSlice(&m_rows);
    if (done)
        m_rescanTimer.stop();
    else
        m_rescanTimer.start();
    endResetModel();
    if (done)
        Q_EMIT rescanFinished();
}

void EventTableModel::continueRescan()
{
    std::vector<quint64> found;
    const bool done = rescanSlice(&found);
    if (!found.empty()) {
        const qsizetype oldRows = rows();
        beginInsertRows({}, int(oldRows), int(oldRows + qsizetype(found.size()) - 1));
        m_rows.insert(m_rows.end(), found.begin(), found.end());
        endInsertRows();
    }
    if (done) {
        m_rescanTimer.stop();
        Q_EMIT rescanFinished();
    }
}

// ---- time column

void EventTableModel::timeColumnChanged()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (rows() > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(rows() - 1), TimeColumn),
                           {Qt::DisplayRole, Qt::FontRole});
}

void EventTableModel::setTimeMode(TimeMode mode)
{
    if (mode == m_timeMode)
        return;
    m_timeMode = mode;
    timeColumnChanged();
}

void EventTableModel::setReferenceRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const trace::TraceRecord &r = record(row);
    m_hasReference = true;
    m_referenceSeq = r.seq;
    m_referenceNs = r.monoNs;
    timeColumnChanged();
}

QString EventTableModel::formatDeltaNs(qint64 ns)
{
    const qint64 us = ns / 1000; // toward zero, so -0.4 µs shows as 0
    const qint64 magnitude = us < 0 ? -us : us;
    const QString sign = us < 0 ? u"-"_s : us > 0 ? u"+"_s : QString();
    return sign + QString::number(magnitude / 1000) + QLatin1Char('.')
            + u"%1"_s.arg(magnitude % 1000, 3, 10, QLatin1Char('0')) + u" ms"_s;
}

QString EventTableModel::formatWallTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toString(u"hh:mm:ss.zzz"_s);
}

QString EventTableModel::timeText(int row) const
{
    const trace::TraceRecord &r = record(row);
    switch (m_timeMode) {
    case TimeMode::Absolute: return formatWallTime(r.wallMs);
    case TimeMode::SincePrevious:
        return formatDeltaNs(row > 0 ? r.monoNs - record(row - 1).monoNs : 0);
    case TimeMode::SinceReference:
        // Until a row is chosen, the first row is the reference.
        return formatDeltaNs(r.monoNs - (m_hasReference ? m_referenceNs : record(0).monoNs));
    }
    return {};
}

} // namespace gui
