#include "endpointtreemodel.h"

#include "explanations.h"

#include <QLocale>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;

namespace gui {

EndpointTreeModel::EndpointTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

EndpointTreeModel::Node *EndpointTreeModel::node(quint64 id)
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &*it;
}

const EndpointTreeModel::Node *EndpointTreeModel::node(quint64 id) const
{
    auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &*it;
}

const QList<quint64> &EndpointTreeModel::siblings(quint64 parentId) const
{
    if (const Node *p = parentId ? node(parentId) : nullptr)
        return p->children;
    return m_roots;
}

void EndpointTreeModel::renumber(QList<quint64> &ids, QHash<quint64, Node> &nodes, int from)
{
    for (int row = from; row < ids.size(); ++row)
        nodes[ids.at(row)].row = row;
}

// A new endpoint is held back (in m_pending) until the batch is applied: its row is known
// already, it is appended to its parent's list in insertPendingRows().
EndpointTreeModel::Node &EndpointTreeModel::ensureNode(const trace::TraceRecord &record,
                                                       quint64 parentId)
{
    if (Node *existing = node(record.endpointId))
        return *existing;
    if (!parentId)
        parentId = m_pendingParents.take(record.endpointId);
    if (parentId && !node(parentId))
        parentId = 0; // the server's records were lost (ring overflow, partial trace)
    auto pending
            = std::find_if(m_pending.begin(), m_pending.end(),
                           [parentId](const PendingRows &p) { return p.parentId == parentId; });
    if (pending == m_pending.end())
        pending = m_pending.insert(m_pending.end(), PendingRows {parentId, {}});
    Node n;
    n.id = record.endpointId;
    n.kind = record.kind;
    n.parentId = parentId;
    n.row = int(siblings(parentId).size() + pending->ids.size());
    pending->ids.append(n.id);
    ++m_liveCount; // a new endpoint is live until it closes
    return *m_nodes.insert(n.id, n);
}

// Parents come before their children in m_pending (a child is made after its parent), so each
// insertion's parent is in the tree already.
void EndpointTreeModel::insertPendingRows()
{
    for (const PendingRows &pending : m_pending) {
        QList<quint64> &list = pending.parentId ? m_nodes[pending.parentId].children : m_roots;
        const QModelIndex parentIndex
                = pending.parentId ? indexOf(pending.parentId) : QModelIndex();
        beginInsertRows(parentIndex, int(list.size()), int(list.size() + pending.ids.size() - 1));
        list.append(pending.ids);
        endInsertRows();
    }
    m_pending.clear();
}

void EndpointTreeModel::applyRecords(const QList<trace::TraceRecord> &records)
{
    QSet<quint64> changed;
    for (const trace::TraceRecord &record : records) {
        if (record.event == NetEvent::Connection && record.relatedId) {
            // The accepted socket belongs under its server; it may record nothing for a while.
            ensureNode(record);
            if (!node(record.relatedId)) {
                trace::TraceRecord accepted;
                accepted.endpointId = record.relatedId;
                accepted.kind = EndpointKind::Socket;
                Node &child = ensureNode(accepted, record.endpointId);
                child.state = State::Open;
                if (const trace::TraceAddress *remote = record.remote())
                    child.remote = remote->toString();
                if (const trace::TraceAddress *local = record.local())
                    child.local = local->toString();
            }
        }
        Node &n = ensureNode(record);
        apply(n, record);
        changed.insert(n.id);
    }
    // A parent's row counts its children ("3 connections").
    for (const PendingRows &pending : m_pending) {
        if (pending.parentId)
            changed.insert(pending.parentId);
        for (quint64 id : pending.ids)
            changed.remove(id); // a new row is read whole when it is inserted
    }
    insertPendingRows();
    // One signal per parent, from its first changed row to its last.
    QHash<quint64, std::pair<int, int>> spans;
    for (quint64 id : std::as_const(changed)) {
        const Node *n = node(id);
        auto span = spans.find(n->parentId);
        if (span == spans.end())
            spans.insert(n->parentId, {n->row, n->row});
        else
            *span = {std::min(span->first, n->row), std::max(span->second, n->row)};
    }
    for (auto span = spans.cbegin(); span != spans.cend(); ++span) {
        const QModelIndex parentIndex = span.key() ? indexOf(span.key()) : QModelIndex();
        Q_EMIT dataChanged(index(span->first, 0, parentIndex),
                           index(span->second, ColumnCount - 1, parentIndex));
    }
}

void EndpointTreeModel::apply(Node &n, const trace::TraceRecord &record)
{
    const bool wasLive = isLive(n.state);
    const auto isFinal = [&n] { return n.state == State::Closed || n.state == State::Error; };
    switch (record.event) {
    case NetEvent::ListenCall:
    case NetEvent::ConnectCall:
        n.target = record.text();
        if (record.value >= 0 && record.event == NetEvent::ConnectCall
            && !n.target.startsWith(u'/'))
            n.target = (n.target.isEmpty() ? u"localhost"_s : n.target) + u':'
                    + QString::number(record.value);
        if (n.state == State::Idle && record.event == NetEvent::ConnectCall)
            n.state = State::Connecting;
        break;
    case NetEvent::Listening:
        n.state = State::Listening;
        if (const trace::TraceAddress *local = record.local()) {
            n.local = local->toString();
            n.localIsPath = local->isUnixPath();
        }
        break;
    case NetEvent::Connect:
    case NetEvent::Ready:
        if (!isFinal())
            n.state = State::Open;
        break;
    case NetEvent::Data: n.bytesIn += qMax<qint64>(record.value, 0); break;
    case NetEvent::WriteCall: n.bytesOut += qMax<qint64>(record.value, 0); break;
    case NetEvent::End: n.peerEnded = true; break;
    case NetEvent::EndCall: n.endCalled = true; break;
    case NetEvent::Error:
        n.state = State::Error;
        if (const trace::TraceError *error = record.error())
            n.lastError = error->code.isEmpty() ? error->message
                                                : error->code + u": "_s + error->message;
        break;
    case NetEvent::Close:
        if (n.state != State::Error)
            n.state = State::Closed;
        break;
    default: break;
    }
    if (const trace::TraceAddress *local = record.local(); local && n.local.isEmpty()) {
        n.local = local->toString();
        n.localIsPath = local->isUnixPath();
    }
    if (const trace::TraceAddress *remote = record.remote(); remote && n.remote.isEmpty())
        n.remote = remote->toString();
    if (n.state == State::Open || n.state == State::ReadOnly || n.state == State::WriteOnly) {
        if (n.peerEnded && n.endCalled)
            n.state = State::Closed; // both FINs: the close event follows
        else if (n.peerEnded)
            n.state = State::WriteOnly;
        else if (n.endCalled)
            n.state = State::ReadOnly;
    }
    m_liveCount += int(isLive(n.state)) - int(wasLive);
}

QModelIndex EndpointTreeModel::indexOf(quint64 id, int column) const
{
    const Node *n = node(id);
    if (!n)
        return {};
    return createIndex(rowOf(*n), column, quintptr(id));
}

std::optional<EndpointTreeModel::State> EndpointTreeModel::state(quint64 id) const
{
    if (const Node *n = node(id))
        return n->state;
    return std::nullopt;
}

void EndpointTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_pendingParents.clear();
    m_relays.clear();
    m_lessonLabels.clear();
    m_reconnectNotes.clear();
    m_liveCount = 0;
    endResetModel();
}

void EndpointTreeModel::removeClosed()
{
    const QList<quint64> before = m_nodes.keys();
    beginResetModel();
    m_roots = pruneClosed(m_roots, false);
    endResetModel();
    QList<quint64> removed;
    for (const quint64 id : before) {
        if (!m_nodes.contains(id))
            removed.append(id);
    }
    if (!removed.isEmpty())
        Q_EMIT endpointsRemoved(removed);
}

QList<quint64> EndpointTreeModel::pruneClosed(const QList<quint64> &ids, bool parentDone)
{
    QList<quint64> kept;
    for (quint64 id : ids) {
        Node &n = m_nodes[id];
        const bool live = isLive(n.state);
        const bool done = parentDone || !live;
        // n is not used past the children's removal: taking nodes out of a QHash moves others.
        QList<quint64> children = pruneClosed(std::exchange(n.children, {}), done);
        if (done) {
            m_liveCount -= int(live); // a live endpoint under a closed parent
            m_nodes.remove(id);
            m_relays.remove(id);
            m_lessonLabels.remove(id);
        } else {
            m_nodes[id].children = std::move(children);
            kept.append(id);
        }
    }
    renumber(kept, m_nodes);
    return kept;
}

void EndpointTreeModel::markRelay(quint64 serverId, const QString &target)
{
    m_relays.insert(serverId, target);
    if (const QModelIndex index = indexOf(serverId); index.isValid())
        Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
}

void EndpointTreeModel::setLessonLabel(quint64 id, const QString &label)
{
    m_lessonLabels.insert(id, label);
    if (const QModelIndex index = indexOf(id); index.isValid())
        Q_EMIT dataChanged(index, index);
}

void EndpointTreeModel::pairRelayLegs(quint64 clientLegId, quint64 targetLegId)
{
    Node *target = node(targetLegId);
    if (!target) {
        m_pendingParents.insert(targetLegId, clientLegId); // placed when it first records
        return;
    }
    const Node *client = node(clientLegId);
    if (!client || target->parentId == clientLegId)
        return;
    // It recorded before the pairing arrived: it moves from where it was to under its client.
    QList<quint64> &from = target->parentId ? m_nodes[target->parentId].children : m_roots;
    const int row = target->row;
    const QModelIndex fromParent = target->parentId ? indexOf(target->parentId) : QModelIndex();
    const QModelIndex toParent = indexOf(clientLegId);
    const int toRow = int(client->children.size());
    if (!beginMoveRows(fromParent, row, row, toParent, toRow))
        return;
    from.removeAt(row);
    renumber(from, m_nodes, row);
    m_nodes[clientLegId].children.append(targetLegId);
    target->parentId = clientLegId;
    target->row = toRow;
    endMoveRows();
}

quint64 EndpointTreeModel::relayOf(quint64 id) const
{
    for (const Node *n = node(id); n; n = n->parentId ? node(n->parentId) : nullptr) {
        if (m_relays.contains(n->id))
            return n->id;
    }
    return 0;
}

QModelIndex EndpointTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<quint64> &list = siblings(parent.isValid() ? quint64(parent.internalId()) : 0);
    if (parent.isValid() && !node(quint64(parent.internalId())))
        return {};
    if (row >= list.size())
        return {};
    return createIndex(row, column, quintptr(list.at(row)));
}

QModelIndex EndpointTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = node(quint64(child.internalId()));
    if (!n || !n->parentId)
        return {};
    return indexOf(n->parentId);
}

int EndpointTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(quint64(parent.internalId()));
    return n ? int(n->children.size()) : 0;
}

int EndpointTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString EndpointTreeModel::stateName(State state)
{
    switch (state) {
    case State::Connecting: return tr("connecting");
    case State::Open: return tr("open");
    case State::ReadOnly: return tr("half-open (readOnly)");
    case State::WriteOnly: return tr("half-open (writeOnly)");
    case State::Closed: return tr("closed");
    case State::Error: return tr("error");
    case State::Listening: return tr("listening");
    case State::Idle: break;
    }
    return tr("new");
}

QString EndpointTreeModel::label(const Node &n) const
{
    if (const auto named = m_lessonLabels.constFind(n.id); named != m_lessonLabels.cend())
        return tr("%1 · %2", "a lesson's name for an endpoint, then its label in the tree")
                .arg(*named, endpointLabel(n));
    return endpointLabel(n);
}

QString EndpointTreeModel::endpointLabel(const Node &n) const
{
    if (n.kind == EndpointKind::Server) {
        const QString where = !n.local.isEmpty() ? n.local : n.target;
        if (const auto relay = m_relays.constFind(n.id); relay != m_relays.cend())
            return tr("#%1 relay %2 → %3").arg(n.id).arg(where, *relay);
        return tr("#%1 listener %2").arg(n.id).arg(where);
    }
    const QString peer = !n.remote.isEmpty() ? n.remote : n.target;
    if (const Node *parent = n.parentId ? node(n.parentId) : nullptr;
        parent && parent->kind == EndpointKind::Socket)
        return tr("#%1 ↔ %2 (its target leg)").arg(n.id).arg(peer);
    // One name per thing, as in the stream, the inspector and Quick Start.
    if (n.parentId)
        return tr("#%1 accepted socket from %2").arg(n.id).arg(peer);
    return tr("#%1 client socket → %2").arg(n.id).arg(peer);
}

QString EndpointTreeModel::connectTarget(const Node &n)
{
    if (n.local.isEmpty())
        return {};
    if (n.localIsPath)
        return u"unix:"_s + n.local;
    // A listener on every interface is reached on loopback from here.
    if (n.local.startsWith(u"0.0.0.0:"_s))
        return u"127.0.0.1"_s + n.local.mid(7);
    if (n.local.startsWith(u"[::]:"_s))
        return u"[::1]"_s + n.local.mid(4);
    return n.local;
}

QIcon EndpointTreeModel::icon(const Node &n) const
{
    // Parsing an SVG is far slower than painting a row: each icon is made once.
    static const auto cached = [](const QString &name) {
        static QHash<QString, QIcon> icons;
        auto it = icons.find(name);
        if (it == icons.end())
            it = icons.insert(name, QIcon(u":/icons/"_s + name + u".svg"_s));
        return *it;
    };
    if (n.kind == EndpointKind::Server) {
        if (n.state == State::Error)
            return cached(u"state-error"_s);
        return cached(n.state == State::Closed ? u"server-closed"_s : u"server"_s);
    }
    switch (n.state) {
    case State::Connecting:
    case State::Idle: return cached(u"state-connecting"_s);
    case State::Open:
    case State::Listening: return cached(u"state-open"_s);
    case State::ReadOnly: return cached(u"state-readonly"_s);
    case State::WriteOnly: return cached(u"state-writeonly"_s);
    case State::Closed: return cached(u"state-closed"_s);
    case State::Error: return cached(u"state-error"_s);
    }
    return {};
}

void EndpointTreeModel::setReconnectNote(quint64 id, const QString &note)
{
    if (note.isEmpty())
        m_reconnectNotes.remove(id);
    else
        m_reconnectNotes.insert(id, note);
    if (const QModelIndex changed = indexOf(id, StateColumn); changed.isValid())
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
}

QVariant EndpointTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(quint64(index.internalId()));
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return label(*n);
        case StateColumn:
            if (const QString note = m_reconnectNotes.value(n->id); !note.isEmpty())
                return tr("%1, %2").arg(stateName(n->state), note);
            return stateName(n->state);
        case TrafficColumn:
            if (n->kind == EndpointKind::Server)
                return tr("%n connection(s)", nullptr, int(n->children.size()));
            return tr("in %1 / out %2")
                    .arg(QLocale().formattedDataSize(n->bytesIn, 1,
                                                     QLocale::DataSizeTraditionalFormat),
                         QLocale().formattedDataSize(n->bytesOut, 1,
                                                     QLocale::DataSizeTraditionalFormat));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return icon(*n);
        break;
    case Qt::ToolTipRole: {
        QStringList lines {label(*n), tr("State: %1").arg(stateName(n->state))};
        if (const std::optional<Explanation> meaning = Explanations::state(n->state))
            lines << meaning->brief;
        if (!n->local.isEmpty())
            lines << tr("Local: %1").arg(n->local);
        if (!n->remote.isEmpty())
            lines << tr("Remote: %1").arg(n->remote);
        if (!n->lastError.isEmpty())
            lines << tr("Error: %1").arg(n->lastError);
        return lines.join(u'\n');
    }
    case IdRole: return n->id;
    case KindRole: return int(n->kind);
    case StateRole: return int(n->state);
    case ConnectTargetRole: return n->kind == EndpointKind::Server ? connectTarget(*n) : QVariant();
    }
    return {};
}

QVariant EndpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Endpoint");
    case StateColumn: return tr("State");
    case TrafficColumn: return tr("Traffic");
    }
    return {};
}

} // namespace gui
