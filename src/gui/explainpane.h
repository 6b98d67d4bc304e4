#pragma once

#include "endpointtreemodel.h"

#include "trace/tracerecord.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QTextBrowser;

namespace gui {

class EventStreamWidget;

// The Explain pane: what the selected row of the event stream means (its event or call, and its
// error with code, syscall and message), or, when no row is selected, what the selected
// endpoint's state means; with a clickable link to the section of Node's documentation. Every
// text comes from Explanations.
class ExplainPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPane(QWidget *parent = nullptr);

    // Follows the current row of stream and, when it has none, the current row of endpoints
    // (a view over an EndpointTreeModel).
    void follow(EventStreamWidget *stream, QAbstractItemView *endpoints);

    void showRecord(const trace::TraceRecord &record);
    void showState(EndpointTreeModel::State state, const QString &endpointLabel);
    void showHint();

    QTextBrowser *browser() const { return m_browser; }
    QString plainText() const;

    static QString recordHtml(const trace::TraceRecord &record);

private:
    void refresh();
    void setHtml(const QString &html);

    QTextBrowser *m_browser;
    QPointer<QAbstractItemView> m_streamView;
    QPointer<QAbstractItemView> m_endpointView;
    QPointer<EventStreamWidget> m_stream;
    QString m_html; // what is shown, so an unchanged refresh does not reset the scroll position
};

} // namespace gui
