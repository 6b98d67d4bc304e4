#include "lessonprotocol.h"

#include <QHash>
#include <QJsonValue>

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lesson {

std::optional<LessonMessage> parseLessonMessage(QByteArrayView line)
{
    constexpr QByteArrayView prefix = "\x01lesson ";
    if (!line.startsWith(prefix))
        return std::nullopt;
    const QJsonObject object
            = QJsonDocument::fromJson(line.sliced(prefix.size()).toByteArray()).object();
    static const QHash<QString, LessonMessage::Kind> kinds {
            {u"step"_s, LessonMessage::Kind::StepStarted},
            {u"skipped"_s, LessonMessage::Kind::Skipped},
            {u"doing"_s, LessonMessage::Kind::Doing},
            {u"label"_s, LessonMessage::Kind::Labelled},
            {u"event"_s, LessonMessage::Kind::Event},
            {u"noticed"_s, LessonMessage::Kind::Noticed},
            {u"stepDone"_s, LessonMessage::Kind::StepDone},
            {u"finished"_s, LessonMessage::Kind::Finished},
            {u"failed"_s, LessonMessage::Kind::Failed},
    };
    const auto kind = kinds.constFind(object.value(u"kind").toString());
    if (kind == kinds.constEnd())
        return std::nullopt;
    LessonMessage message;
    message.kind = *kind;
    message.step = object.value(u"step").toInt(-1);
    message.expectation = object.value(u"expectation").toInt(-1);
    message.isServer = object.value(u"endpoint").toString() == u"server";
    message.id = quint64(std::max<qint64>(0, object.value(u"id").toInteger()));
    message.role = object.value(u"role").toString();
    message.name = object.value(u"name").toString();
    message.message = object.value(u"message").toString();
    message.ms = object.value(u"ms").toDouble();
    message.fields = object.value(u"fields").toObject();
    return message;
}

} // namespace lesson
