#pragma once

#include "trace/tracerecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <vector>

namespace gui {

// The endpoints panel's model: servers with the connections they accepted under them, and
// clients, each with its state. Built from trace records only, so a live session and a trace
// opened for review look the same.
class EndpointTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class State { Connecting, Open, ReadOnly, WriteOnly, Closed, Error, Listening, Idle };
    enum Column { NameColumn, StateColumn, TrafficColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StateRole,
        // A listener: where a client connects to reach it, as the recent targets write it:
        // "127.0.0.1:5000" (a wildcard address becomes loopback), "[::1]:5000", "unix:/path".
        ConnectTargetRole,
    };

    explicit EndpointTreeModel(QObject *parent = nullptr);

    // Applies a batch in order. A batch's new endpoints are inserted with one insertion per
    // parent, and its changed rows signalled with one dataChanged() per parent (spanning the
    // first to the last changed row): a view with 10,000 rows pays per batch, not per row.
    void applyRecords(const QList<trace::TraceRecord> &records);
    void clear();
    // Drops endpoints (and the connections under them) that are closed; endpointsRemoved().
    void removeClosed();
    // Relays, as the engine reports them (records do not say which server is a relay): the
    // relay's label names its target, and each client it accepted has its own connection to
    // the target (the target leg) under it, so one row pair is one relayed connection.
    void markRelay(quint64 serverId, const QString &target);
    void pairRelayLegs(quint64 clientLegId, quint64 targetLegId);
    // A lesson's name for an endpoint its script made ("client", "accepted", "server"),
    // shown before the endpoint's label so that a lesson can say "select client".
    void setLessonLabel(quint64 id, const QString &label);
    // What a client that stays up is doing ("reconnecting, attempt 3 of 10, next in 2.0 s"),
    // from the engine (records do not say it); shown after its state. Empty: nothing.
    void setReconnectNote(quint64 id, const QString &note);
    // The relay that id is, or whose client or target leg it is; 0: none.
    quint64 relayOf(quint64 id) const;

    QModelIndex indexOf(quint64 id, int column = 0) const;
    std::optional<State> state(quint64 id) const;
    int endpointCount() const { return int(m_nodes.size()); }
    int liveCount() const { return m_liveCount; } // endpoints neither closed nor failed
    static QString stateName(State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Rows removeClosed() dropped: the window lets go of what it kept for them.
    void endpointsRemoved(const QList<quint64> &ids);

private:
    struct Node
    {
        quint64 id = 0;
        netcore::EndpointKind kind = netcore::EndpointKind::Socket;
        quint64 parentId = 0;
        State state = State::Idle;
        bool endCalled = false; // we sent FIN
        bool peerEnded = false; // the peer's FIN arrived
        QString local;
        bool localIsPath = false; // local names a Unix socket
        QString remote;
        QString target; // what connect()/listen() asked for
        QString lastError;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        QList<quint64> children;
        int row = 0; // its place among its siblings (kept, so that no lookup searches a list)
    };
    // New endpoints of the batch being applied, under one parent, in order: inserted at the
    // end of applyRecords().
    struct PendingRows
    {
        quint64 parentId = 0;
        QList<quint64> ids;
    };

    Node *node(quint64 id);
    const Node *node(quint64 id) const;
    Node &ensureNode(const trace::TraceRecord &record, quint64 parentId = 0);
    void insertPendingRows();
    const QList<quint64> &siblings(quint64 parentId) const;
    int rowOf(const Node &n) const { return n.row; }
    static void renumber(QList<quint64> &ids, QHash<quint64, Node> &nodes, int from = 0);
    void apply(Node &n, const trace::TraceRecord &record);
    QString label(const Node &n) const;
    QString endpointLabel(const Node &n) const; // label() without a lesson's name
    QIcon icon(const Node &n) const;
    // Drops the closed among ids (recursively), and everything under a dropped row.
    QList<quint64> pruneClosed(const QList<quint64> &ids, bool parentDone);
    static QString connectTarget(const Node &n);
    static bool isLive(State state) { return state != State::Closed && state != State::Error; }

    QHash<quint64, Node> m_nodes;
    QList<quint64> m_roots;
    std::vector<PendingRows> m_pending;       // only while applyRecords() runs
    QHash<quint64, QString> m_reconnectNotes; // also for sockets not in the tree yet
    QHash<quint64, quint64> m_pendingParents; // accepted socket id -> server, before it is seen
    QHash<quint64, QString> m_relays;         // relay server id -> its target
    QHash<quint64, QString> m_lessonLabels;   // endpoint id -> a lesson's name for it
    // Kept as states change: the status bar reads it after every batch, and counting 20,000
    // nodes each time showed.
    int m_liveCount = 0;
};

} // namespace gui
