#include "dnsbridge.h"

#include "runtime.h"

#include <net/netobserver.h>
#include <net/resolver.h>

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace script {

DnsBridge::DnsBridge(Runtime *runtime)
    : Bridge(runtime, netcore::nextEndpointId())
{ }

void DnsBridge::lookup(const QString &host, int family, int hints, int requestId)
{
    ++m_pending;
    netcore::lookupHost(host, family, hints, this,
                        [this, requestId](const netcore::NetError &error,
                                          const QList<netcore::ResolvedAddress> &addresses) {
                            --m_pending;
                            QJSValue list = runtime()->engine()->newArray(addresses.size());
                            for (qsizetype i = 0; i < addresses.size(); ++i) {
                                QJSValue entry = runtime()->engine()->newObject();
                                entry.setProperty(u"address"_s, addresses.at(i).address);
                                entry.setProperty(u"family"_s, addresses.at(i).family);
                                list.setProperty(quint32(i), entry);
                            }
                            emitEvent(Event::Lookup, QJSValue(requestId), errorValue(error), list,
                                      QJSValue(QJSValue::NullValue));
                        });
}

} // namespace script
