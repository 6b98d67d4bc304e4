#include "explainpane.h"

#include "eventpresentation.h"
#include "eventstreamwidget.h"
#include "explanations.h"

#include <QAbstractItemView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

QString paragraphHtml(const QString &text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString linkHtml(const QUrl &link)
{
    if (link.isEmpty())
        return {};
    const QString url = link.toString().toHtmlEscaped();
    return u"<p>"_s
            + ExplainPane::tr("Documentation: %1")
                      .arg(u"<a href=\""_s + url + u"\">"_s + url + u"</a>"_s)
            + u"</p>"_s;
}

// facts: what this very row carries, shown between the meaning and the explanation.
QString explanationHtml(const Explanation &e, const QString &facts = {})
{
    return u"<h3>"_s + e.title.toHtmlEscaped() + u"</h3><p><i>"_s + e.brief.toHtmlEscaped()
            + u"</i></p>"_s + facts + paragraphHtml(e.paragraph) + linkHtml(e.link);
}

// code, syscall, address and message as the error object carries them.
QString errorFieldsHtml(const trace::TraceError &error)
{
    QString rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        if (!value.isEmpty())
            rows += u"<tr><td><b>"_s + name + u"</b>&nbsp;</td><td>"_s + value.toHtmlEscaped()
                    + u"</td></tr>"_s;
    };
    row(u"code"_s, error.code);
    row(u"syscall"_s, error.syscall);
    row(u"address"_s, error.address);
    row(u"port"_s, error.port >= 0 ? QString::number(error.port) : QString());
    row(u"hostname"_s, error.hostname);
    row(u"message"_s, error.message);
    return u"<table>"_s + rows + u"</table>"_s;
}

} // namespace

ExplainPane::ExplainPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(u"explainText"_s);
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showHint();
}

void ExplainPane::follow(EventStreamWidget *stream, QAbstractItemView *endpoints)
{
    m_stream = stream;
    m_streamView = stream->findChild<QAbstractItemView *>(u"tableView"_s);
    m_endpointView = endpoints;
    const auto watch = [this](QAbstractItemView *view) {
        if (!view)
            return;
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ExplainPane::refresh);
        // A reset (a new filter, Clear) drops the current row without currentChanged.
        connect(view->model(), &QAbstractItemModel::modelReset, this, &ExplainPane::refresh);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &ExplainPane::refresh);
    };
    watch(m_streamView);
    watch(m_endpointView);
    if (m_endpointView) // the selected endpoint's state changes as records arrive
        connect(m_endpointView->model(), &QAbstractItemModel::dataChanged, this,
                &ExplainPane::refresh);
    refresh();
}

void ExplainPane::refresh()
{
    if (m_stream && m_streamView && m_streamView->currentIndex().isValid()) {
        showRecord(m_stream->model()->record(m_streamView->currentIndex().row()));
        return;
    }
    const QModelIndex endpoint = m_endpointView ? m_endpointView->currentIndex() : QModelIndex();
    if (endpoint.isValid()) {
        const QModelIndex name = endpoint.sibling(endpoint.row(), EndpointTreeModel::NameColumn);
        showState(EndpointTreeModel::State(name.data(EndpointTreeModel::StateRole).toInt()),
                  name.data().toString());
        return;
    }
    showHint();
}

QString ExplainPane::recordHtml(const trace::TraceRecord &record)
{
    QString html = u"<p>"_s
            + tr("#%1 %2 on %3")
                      .arg(QString::number(record.seq),
                           EventPresentation::eventLabel(record).toHtmlEscaped(),
                           EventPresentation::endpointLabel(record).toHtmlEscaped())
            + u"</p>"_s;
    // The error first: it is what the row is about.
    if (const trace::TraceError *error = record.error()) {
        const Explanation e = Explanations::error(error->code)
                                      .value_or(Explanations::unknownError(error->code));
        html += explanationHtml(e, errorFieldsHtml(*error));
    }
    // What write() answered matters more than what write() is.
    if (record.event == netcore::NetEvent::WriteCall && record.write.isSet()) {
        if (const std::optional<Explanation> e
            = Explanations::writeResult(record.write.accepted == 1)) {
            html += explanationHtml(
                    *e,
                    paragraphHtml(tr("bufferSize after the call: %1 bytes; high-water "
                                     "mark: %2 bytes.")
                                          .arg(record.write.bufferSize)
                                          .arg(record.write.highWaterMark)));
        }
    }
    if (const std::optional<Explanation> e = Explanations::event(record.event, record.kind))
        html += explanationHtml(*e);
    if (record.internal)
        html += paragraphHtml(tr("Marked auto: netcore made this call itself (an automatic end() "
                                 "after the peer's end, or the destroy() that follows), not the "
                                 "user."));
    return html;
}

void ExplainPane::showRecord(const trace::TraceRecord &record)
{
    setHtml(recordHtml(record));
}

void ExplainPane::showState(EndpointTreeModel::State state, const QString &endpointLabel)
{
    QString html = u"<p>"_s + endpointLabel.toHtmlEscaped() + u"</p>"_s;
    if (const std::optional<Explanation> e = Explanations::state(state))
        html += explanationHtml(*e);
    html += paragraphHtml(tr("Select a row of the event stream to explain it."));
    setHtml(html);
}

void ExplainPane::showHint()
{
    setHtml(paragraphHtml(tr("Select a row of the event stream, or an endpoint, to see what it "
                             "means, what the peer sees and what to try.")));
}

void ExplainPane::setHtml(const QString &html)
{
    if (html == m_html)
        return;
    m_html = html;
    m_browser->setHtml(html);
}

QString ExplainPane::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace gui
