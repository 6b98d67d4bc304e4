#include "sequencelayout.h"

#include "eventpresentation.h"

#include "trace/readableformat.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;
using Role = gui::SequenceLane::Role;
using Kind = gui::SequenceItem::Kind;

namespace gui {

namespace { } // namespace

void SequenceLayout::setOptions(const Options &options)
{
    if (options == m_options)
        return;
    m_options = options;
    rebuild();
}

void SequenceLayout::append(const QList<trace::TraceRecord> &records, quint64 lost)
{
    if (records.isEmpty())
        return;
    if (lost > 0)
        m_losses.emplace_back(qsizetype(m_records.size()), lost);
    if (qsizetype(m_records.size()) + records.size() > m_maxRecords) {
        // Keep the newest half of what the cap allows and lay it out again.
        const qsizetype keep = m_maxRecords / 2;
        std::vector<trace::TraceRecord> newest;
        newest.reserve(size_t(keep));
        const qsizetype fromBatch = std::min(keep, records.size());
        const qsizetype fromOld = std::min<qsizetype>(keep - fromBatch, m_records.size());
        newest.insert(newest.end(), m_records.end() - fromOld, m_records.end());
        newest.insert(newest.end(), records.end() - fromBatch, records.end());
        // The kept records are the newest: a suffix of the old ones and the batch. Older
        // records that pair the kept connections' two ends stay in front of them.
        std::vector<trace::TraceRecord> kept
                = anchorsOf(newest, std::span(m_records.data(), m_records.size() - size_t(fromOld)),
                            records.first(records.size() - fromBatch));
        const qsizetype anchors = qsizetype(kept.size());
        kept.insert(kept.end(), newest.begin(), newest.end());
        const qsizetype cut
                = qsizetype(m_records.size()) + records.size() - qsizetype(newest.size());
        std::erase_if(m_losses, [cut](const auto &loss) { return loss.first <= cut; });
        for (auto &loss : m_losses)
            loss.first += anchors - cut;
        m_records = std::move(kept);
        rebuild();
        return;
    }
    const qsizetype first = qsizetype(m_records.size());
    m_records.insert(m_records.end(), records.begin(), records.end());
    if (lost > 0)
        markLost(lost, records.constFirst().monoNs);
    for (qsizetype i = first; i < qsizetype(m_records.size()); ++i)
        place(i);
}

// What made the endpoints of the kept records who they are (a server's 'listening', a client's
// connect() and 'connect', the 'connection' that accepted a socket), from the records about to
// be dropped, in their order: without them a kept connection's ends are no longer paired and
// its data would come from an "outside" lane. At most four per endpoint kept.
std::vector<trace::TraceRecord>
SequenceLayout::anchorsOf(const std::vector<trace::TraceRecord> &kept,
                          std::span<const trace::TraceRecord> droppedOld,
                          const QList<trace::TraceRecord> &droppedBatch)
{
    QSet<quint64> ids;
    for (const trace::TraceRecord &r : kept)
        ids.insert(r.endpointId);
    std::vector<trace::TraceRecord> anchors;
    const auto take = [&](const trace::TraceRecord &r) {
        const bool anchor = (r.event == NetEvent::Listening || r.event == NetEvent::ConnectCall
                             || r.event == NetEvent::Connect)
                ? ids.contains(r.endpointId)
                : r.event == NetEvent::Connection && r.relatedId != 0 && ids.contains(r.relatedId);
        if (anchor)
            anchors.push_back(r);
    };
    std::for_each(droppedOld.begin(), droppedOld.end(), take);
    std::for_each(droppedBatch.begin(), droppedBatch.end(), take);
    return anchors;
}

// Every connection open at the loss may have lost a write or a chunk: its data can no longer
// be paired by byte offsets (a wrong pairing would teach the wrong thing).
void SequenceLayout::markLost(quint64 count, qint64 tNs)
{
    for (Endpoint &e : m_endpoints)
        e.offsetsUnknown = true;
    SequenceItem item;
    item.kind = Kind::Gap;
    item.lost = count;
    m_items.push_back(item);
    m_itemTimes.push_back(tNs);
}

void SequenceLayout::clear()
{
    m_records.clear();
    m_losses.clear();
    rebuild();
}

void SequenceLayout::rebuild()
{
    m_items.clear();
    m_itemTimes.clear();
    m_lanes.clear();
    m_endpoints.clear();
    m_peerMatcher.clear();
    m_maxArrowSpan = 0;
    m_orderDirty = true;
    ++m_rebuilds;
    auto loss = m_losses.cbegin();
    for (qsizetype i = 0; i < qsizetype(m_records.size()); ++i) {
        for (; loss != m_losses.cend() && loss->first == i; ++loss)
            markLost(loss->second, m_records[size_t(i)].monoNs);
        place(i);
    }
}

const SequenceLayout::Endpoint &SequenceLayout::endpointAt(quint64 id) const
{
    static const Endpoint none;
    const auto it = m_endpoints.constFind(id);
    return it == m_endpoints.cend() ? none : it.value();
}

SequenceLayout::Endpoint &SequenceLayout::ensureEndpoint(quint64 id, Role role)
{
    Endpoint &e = m_endpoints[id];
    if (e.lane < 0) {
        e.lane = int(m_lanes.size());
        m_lanes.append({role, id});
        m_orderDirty = true;
    }
    return e;
}

SequenceLayout::Endpoint &SequenceLayout::endpoint(const trace::TraceRecord &record)
{
    return ensureEndpoint(record.endpointId,
                          record.kind == EndpointKind::Server ? Role::Server : Role::Client);
}

int SequenceLayout::outsideLaneOf(quint64 id)
{
    Endpoint &e = m_endpoints[id];
    if (e.outsideLane < 0) {
        e.outsideLane = int(m_lanes.size());
        m_lanes.append({Role::Outside, id});
        m_orderDirty = true;
    }
    return e.outsideLane;
}

void SequenceLayout::pair(quint64 a, quint64 b)
{
    m_endpoints[a].peer = b;
    m_endpoints[b].peer = a;
    m_orderDirty = true;
}

// A client and an accepted socket are the two ends of one connection when ConnectionPeers
// pairs them (their addresses mirror).
void SequenceLayout::pairIfMatched(const trace::TraceRecord &record, quint64 socketId)
{
    m_peerMatcher.apply(record);
    if (const quint64 peer = m_peerMatcher.peerOf(socketId))
        pair(socketId, peer);
}

// Before the client's 'connect' the addresses cannot be matched: the arrow of a 'connection'
// starts at the oldest client still connecting to that port or path.
quint64 SequenceLayout::pendingClientFor(const Endpoint &,
                                         const trace::TraceRecord &connection) const
{
    const trace::TraceAddress *local = connection.local();
    if (!local)
        return 0;
    quint64 best = 0;
    qint64 bestRow = -1;
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        const Endpoint &e = it.value();
        if (e.server != 0 || e.connected || e.peer != 0 || e.connectCallRow < 0)
            continue;
        const bool matches = local->isUnixPath() ? e.connectCallPath == local->path
                                                 : e.connectCallPort == local->port;
        if (matches && (best == 0 || e.connectCallRow < bestRow)) {
            best = it.key();
            bestRow = e.connectCallRow;
        }
    }
    return best;
}

qint64 SequenceLayout::addItem(SequenceItem item, qint64 tNs)
{
    if (!m_itemTimes.empty() && tNs - m_itemTimes.back() > m_options.gapThresholdNs) {
        SequenceItem gap;
        gap.kind = Kind::Gap;
        gap.gapNs = tNs - m_itemTimes.back();
        m_items.push_back(gap);
        m_itemTimes.push_back(tNs);
    }
    const qint64 row = qint64(m_items.size());
    if (item.isArrow()) {
        if (item.fromRow < 0)
            item.fromRow = row;
        m_maxArrowSpan = std::max(m_maxArrowSpan, row - item.fromRow);
    }
    m_items.push_back(item);
    m_itemTimes.push_back(tNs);
    return row;
}

void SequenceLayout::dataArrow(SequenceItem &item, quint64 readerId, qint64 bytes)
{
    Endpoint &reader = m_endpoints[readerId];
    const qint64 from = reader.received;
    const qint64 to = from + bytes;
    reader.received = to;
    if (reader.peer == 0) {
        item.fromLane = outsideLaneOf(readerId);
        return;
    }
    const Endpoint &writer = m_endpoints[reader.peer];
    item.fromLane = writer.lane;
    if (reader.offsetsUnknown || writer.offsetsUnknown)
        return;
    // The write that holds the chunk's first byte, and every write its bytes come from.
    const auto &writes = writer.writes;
    auto it = std::upper_bound(writes.begin(), writes.end(), from,
                               [](qint64 offset, const auto &w) { return offset < w.first; });
    if (it == writes.end())
        return; // bytes the trace has no write() for
    item.fromRow = it->second;
    const qint64 firstStart = it == writes.begin() ? 0 : std::prev(it)->first;
    int count = 0;
    qint64 lastEnd = 0;
    for (; it != writes.end(); ++it) {
        const qint64 start = it == writes.begin() ? 0 : std::prev(it)->first;
        if (start >= to)
            break;
        ++count;
        lastEnd = it->first;
    }
    item.writeCount = count;
    item.partOfWrite = firstStart < from || lastEnd > to;
}

void SequenceLayout::place(qsizetype index)
{
    const trace::TraceRecord &r = m_records[size_t(index)];
    Endpoint &self = endpoint(r);
    SequenceItem item;
    item.record = index;
    item.lane = self.lane;
    item.internal = r.internal;
    item.kind = r.isCall() ? Kind::Call : Kind::Event;
    const quint64 id = r.endpointId;
    const bool dataShown = !m_options.hideData;
    bool shown = !(m_options.hideInternal && r.internal);
    const auto add = [&] { return shown ? addItem(item, r.monoNs) : qint64(-1); };

    switch (r.event) {
    case NetEvent::Listening:
        self.local = r.local() ? std::optional(*r.local()) : std::nullopt;
        add();
        break;
    case NetEvent::ConnectCall:
        self.connectCallPort = r.value;
        self.connectCallPath = r.value < 0 ? r.text() : QString();
        self.connectCallRow = add();
        break;
    case NetEvent::Connection: {
        if (r.relatedId == 0) {
            add();
            break;
        }
        Endpoint &accepted = ensureEndpoint(r.relatedId, Role::Accepted);
        Endpoint &server = m_endpoints[id]; // ensureEndpoint may have rehashed
        m_lanes[accepted.lane].role = Role::Accepted;
        accepted.server = id;
        accepted.connected = true;
        accepted.local = r.local() ? std::optional(*r.local()) : std::nullopt;
        accepted.remote = r.remote() ? std::optional(*r.remote()) : std::nullopt;
        server.accepted.append(r.relatedId);
        m_orderDirty = true;
        pairIfMatched(r, r.relatedId);
        const Endpoint &a = m_endpoints[r.relatedId];
        const quint64 client = a.peer ? a.peer : pendingClientFor(server, r);
        if (client) {
            item.kind = Kind::Accept;
            item.fromLane = m_endpoints[client].lane;
            item.fromRow = m_endpoints[client].connectCallRow;
        }
        const qint64 row = add();
        m_endpoints[r.relatedId].connectionRow = row;
        break;
    }
    case NetEvent::Connect: {
        self.connected = true;
        self.local = r.local() ? std::optional(*r.local()) : std::nullopt;
        self.remote = r.remote() ? std::optional(*r.remote()) : std::nullopt;
        pairIfMatched(r, id);
        const Endpoint &me = m_endpoints[id];
        if (me.peer) {
            const Endpoint &accepted = m_endpoints[me.peer];
            item.kind = Kind::Connect;
            item.fromLane = m_endpoints[accepted.server].lane;
            item.fromRow = accepted.connectionRow;
        }
        add();
        break;
    }
    case NetEvent::WriteCall: {
        const qint64 row = dataShown ? add() : -1;
        Endpoint &me = m_endpoints[id];
        me.written += std::max<qint64>(r.value, 0);
        me.writes.emplace_back(me.written, row);
        break;
    }
    case NetEvent::Data:
        item.kind = Kind::Data;
        dataArrow(item, id, std::max<qint64>(r.value, 0));
        if (dataShown)
            add();
        break;
    case NetEvent::EndCall: self.endCallRow = add(); break;
    case NetEvent::ResetCall: self.resetRow = add(); break;
    case NetEvent::End:
        item.kind = Kind::Fin;
        if (self.peer) {
            item.fromLane = m_endpoints[self.peer].lane;
            item.fromRow = m_endpoints[self.peer].endCallRow;
        } else {
            item.fromLane = outsideLaneOf(id);
        }
        add();
        break;
    case NetEvent::Error: {
        const trace::TraceError *error = r.error();
        if (r.kind == EndpointKind::Socket && error && error->code == "ECONNRESET"_L1) {
            item.kind = Kind::Rst;
            if (self.peer) {
                item.fromLane = m_endpoints[self.peer].lane;
                item.fromRow = m_endpoints[self.peer].resetRow;
            } else {
                item.fromLane = outsideLaneOf(id);
            }
        }
        add();
        break;
    }
    default: add(); break;
    }
}

const QList<int> &SequenceLayout::laneOrder() const
{
    if (!m_orderDirty)
        return m_order;
    m_order.clear();
    QSet<int> placed;
    const auto put = [&](int lane) {
        if (lane >= 0 && !placed.contains(lane)) {
            placed.insert(lane);
            m_order.append(lane);
        }
    };
    const auto putSocket = [&](quint64 id) {
        const Endpoint &e = endpointAt(id);
        put(e.lane);
        put(e.outsideLane);
        if (e.peer) {
            put(endpointAt(e.peer).lane);
            put(endpointAt(e.peer).outsideLane);
        }
    };
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const SequenceLane &l = m_lanes[lane];
        if (l.role != Role::Server)
            continue;
        put(lane);
        for (quint64 accepted : endpointAt(l.endpointId).accepted)
            putSocket(accepted);
    }
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        if (m_lanes[lane].role != Role::Outside)
            putSocket(m_lanes[lane].endpointId);
    }
    m_columns.fill(-1, m_lanes.size());
    for (int column = 0; column < m_order.size(); ++column)
        m_columns[m_order[column]] = column;
    m_orderDirty = false;
    return m_order;
}

int SequenceLayout::column(int lane) const
{
    laneOrder();
    return lane >= 0 && lane < m_columns.size() ? m_columns[lane] : -1;
}

QString SequenceLayout::laneTitle(int lane) const
{
    const SequenceLane &l = m_lanes[lane];
    const QString id = QString::number(l.endpointId);
    switch (l.role) {
    case Role::Server: return tr("server #%1").arg(id);
    case Role::Accepted: return tr("accepted #%1").arg(id);
    case Role::Client: return tr("client #%1").arg(id);
    case Role::Outside: return tr("outside");
    }
    return {};
}

QString SequenceLayout::laneSubtitle(int lane) const
{
    const SequenceLane &l = m_lanes[lane];
    const Endpoint &e = endpointAt(l.endpointId);
    const auto text = [](const std::optional<trace::TraceAddress> &a) {
        return a ? a->toString() : QString();
    };
    switch (l.role) {
    case Role::Outside:
        return e.remote ? tr("peer of #%1 at %2").arg(l.endpointId).arg(e.remote->toString())
                        : tr("peer of #%1").arg(l.endpointId);
    case Role::Client:
        if (e.local && !(e.local->isUnixPath() && e.local->path.isEmpty()))
            return text(e.local);
        return e.remote ? u"\u2192 "_s + text(e.remote) : QString();
    case Role::Accepted:
        // Its local address is the server's: the client it talks to tells it apart.
        if (e.remote && !(e.remote->isUnixPath() && e.remote->path.isEmpty()))
            return tr("from %1").arg(text(e.remote));
        return text(e.local);
    case Role::Server: return text(e.local);
    }
    return {};
}

qsizetype SequenceLayout::rowForSeq(quint64 seq) const
{
    // Rows follow the records, whose seqs grow; a gap row sorts with the record before it.
    const auto seqAt = [this](qsizetype row) -> quint64 {
        for (; row >= 0; --row) {
            if (m_items[size_t(row)].record >= 0)
                return m_records[size_t(m_items[size_t(row)].record)].seq;
        }
        return 0;
    };
    qsizetype lo = 0, hi = itemCount();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (seqAt(mid) < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < itemCount() && m_items[size_t(lo)].record >= 0 && seqAt(lo) == seq)
        return lo;
    return -1;
}

quint64 SequenceLayout::seqOfRow(qsizetype row) const
{
    const SequenceItem &it = item(row);
    return it.record >= 0 ? m_records[size_t(it.record)].seq : 0;
}

const trace::TraceRecord *SequenceLayout::recordForSeq(quint64 seq) const
{
    const qsizetype row = rowForSeq(seq);
    return row < 0 ? nullptr : &m_records[size_t(item(row).record)];
}

qint64 SequenceLayout::timeNs(qsizetype row) const
{
    return m_itemTimes[size_t(row)];
}

QString SequenceLayout::durationText(qint64 ns)
{
    if (ns >= 60'000'000'000)
        return tr("%1 min").arg(double(ns) / 60e9, 0, 'f', 1);
    if (ns >= 1'000'000'000)
        return tr("%1 s").arg(double(ns) / 1e9, 0, 'f', 1);
    return tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', 0);
}

QString SequenceLayout::label(const SequenceItem &item) const
{
    if (item.kind == Kind::Gap && item.lost > 0) {
        return u"\u2026 "_s
                + (item.lost == 1 ? tr("1 record lost") : tr("%1 records lost").arg(item.lost))
                + u" \u2026"_s;
    }
    if (item.kind == Kind::Gap)
        return u"\u2026 "_s + durationText(item.gapNs) + u" \u2026"_s;
    const trace::TraceRecord &r = m_records[size_t(item.record)];
    switch (item.kind) {
    case Kind::Data: {
        QString text = tr("%1 B").arg(r.value) + u" "_s
                + trace::quotePreview(r.previewBytes(), r.isPreviewTruncated());
        if (item.writeCount > 1)
            text += u" \u00b7 "_s + tr("%1 writes").arg(item.writeCount);
        else if (item.partOfWrite)
            text += u" \u00b7 "_s + tr("part of a write");
        return text;
    }
    case Kind::Fin: return tr("FIN \u2192 'end'");
    case Kind::Rst: return tr("RST \u2192 ECONNRESET");
    case Kind::Accept: return tr("'connection' #%1").arg(r.relatedId);
    case Kind::Connect: return tr("'connect'");
    default: break;
    }
    const QString summary = EventPresentation::summary(r);
    const QString name = EventPresentation::eventLabel(r);
    return summary.isEmpty() ? name : name + u"  "_s + summary;
}

} // namespace gui
