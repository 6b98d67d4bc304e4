// netcore and the script runtime raise the same ERR_* codes from one table (errorcodes.def):
// the runtime's generated internal/error_table must hold every code of netcore's enum with
// the same class and template, and an error made on either side must read the same. Where
// node is installed, the runtime's messages are checked against node's own
// (require('internal/errors') under --expose-internals).

#include "scripttest.h"

#include <net/neterror.h>

#include <QJSEngine>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using netcore::ErrorCode;
using netcore::NetError;

namespace {

// Loads the runtime's built-in modules into a bare engine with a require() of their own, so
// internal/errors can be reached without the runtime's sandbox.
class ModuleLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ModuleLoader(QJSEngine *engine)
        : m_engine(engine)
    {
        m_require = engine->evaluate(u"(function (loader) { const cache = {};"
                                     " return function require(id) {"
                                     "   if (!(id in cache)) { cache[id] = {}; cache[id] = "
                                     "loader.load(id); }"
                                     "   return cache[id]; }; })"_s)
                            .call({engine->newQObject(this)});
    }

    Q_INVOKABLE QJSValue load(const QString &id)
    {
        const QJSValue module = m_engine->importModule(u":/netbench/script/"_s + id + u".mjs"_s);
        const QJSValue body = module.property(u"default"_s);
        if (!body.isCallable())
            return m_engine->evaluate(u"throw new Error('no module')"_s);
        QJSValue record = m_engine->newObject();
        const QJSValue exports = m_engine->newObject();
        record.setProperty(u"exports"_s, exports);
        const QJSValue result = body.callWithInstance(exports, {exports, m_require, record});
        if (result.isError())
            return result;
        return record.property(u"exports"_s);
    }

    QJSValue require(const QString &id) { return m_require.call({id}); }

private:
    QJSEngine *m_engine;
    QJSValue m_require;
};

QString kindName(NetError::Kind kind)
{
    switch (kind) {
    case NetError::Kind::TypeError: return u"TypeError"_s;
    case NetError::Kind::RangeError: return u"RangeError"_s;
    case NetError::Kind::Error: return u"Error"_s;
    case NetError::Kind::None: break;
    }
    return {};
}

// Codes whose message Node computes from typed arguments: netcore's callers pass the pieces
// already rendered, scripts pass the values. Each row gives both for the same message.
struct FormattedCase
{
    ErrorCode code;
    QStringList netcoreArgs;
    const char *scriptArgs; // a JSON array
};

const FormattedCase formattedCases[] = {
        {ErrorCode::ERR_SOCKET_BAD_PORT,
         {u"options.port"_s, u"type number (65536)"_s},
         R"(["options.port", 65536])"},
        {ErrorCode::ERR_INVALID_ARG_TYPE,
         {u"path"_s, u"of type string"_s, u"type number (1)"_s},
         R"(["path", "string", 1])"},
        {ErrorCode::ERR_INVALID_ARG_VALUE,
         {u"argument"_s, u"family"_s, u"is invalid"_s, u"'x'"_s},
         R"(["family", "x"])"},
        {ErrorCode::ERR_OUT_OF_RANGE,
         {u"timeout"_s, u">= 0"_s, u"-1"_s},
         R"(["timeout", ">= 0", -1])"},
        {ErrorCode::ERR_MISSING_ARGS, {u"options"_s}, R"(["options"])"},
        {ErrorCode::ERR_UNHANDLED_ERROR, {u"boom"_s}, R"(["boom"])"},
        {ErrorCode::ERR_INVALID_RETURN_VALUE,
         {u"an object"_s, u"f"_s, u"type number (1)"_s},
         R"(["an object", "f", 1])"},
        {ErrorCode::ERR_BUFFER_OUT_OF_BOUNDS, {u"offset"_s}, R"(["offset"])"},
        // Node's takes the falsy reason (and keeps it as error.reason); the message is fixed.
        {ErrorCode::ERR_FALSY_VALUE_REJECTION, {}, R"([0])"},
        // Node's takes the decoder's return code too (kept as error.errno).
        {ErrorCode::ERR_ENCODING_INVALID_ENCODED_DATA, {u"utf-8"_s}, R"(["utf-8", 0])"},
};

// Arguments for a code whose message is its template filled in: one string per placeholder.
QStringList plainArguments(ErrorCode code)
{
    const QString pattern = netcore::apiErrorTemplate(code);
    QStringList args;
    for (int n = 1; n <= 9 && pattern.contains(u'%' + QString::number(n)); ++n)
        args.append(u"arg"_s + QString::number(n));
    return args;
}

} // namespace

class tst_ErrorTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scriptTableIsNetcoresTable();
    void errorsReadTheSameOnBothSides();
    void messagesAreNodes();
    void scriptErrorsCarryTheirCode();
    void unhandledRejectionIsNodes();

private:
    // One case per code: what netcore is given, what a script passes.
    struct Case
    {
        ErrorCode code;
        QStringList netcoreArgs;
        QJsonArray scriptArgs;
    };
    QList<Case> m_cases;
};

void tst_ErrorTable::initTestCase()
{
    QSet<ErrorCode> formatted;
    for (const FormattedCase &row : formattedCases) {
        formatted.insert(row.code);
        m_cases.append(
                {row.code, row.netcoreArgs, QJsonDocument::fromJson(row.scriptArgs).array()});
    }
    for (const ErrorCode code : netcore::apiErrorCodes()) {
        if (formatted.contains(code))
            continue;
        const QStringList args = plainArguments(code);
        m_cases.append({code, args, QJsonArray::fromStringList(args)});
    }
}

void tst_ErrorTable::scriptTableIsNetcoresTable()
{
    QJSEngine engine;
    ModuleLoader loader(&engine);
    const QJSValue table = loader.require(u"internal/error_table"_s);
    QVERIFY2(table.isObject(), qPrintable(table.toString()));

    const QList<ErrorCode> codes = netcore::apiErrorCodes();
    QStringList scriptCodes;
    QJSValueIterator it(table);
    while (it.hasNext()) {
        it.next();
        scriptCodes.append(it.name());
    }
    QCOMPARE(scriptCodes.size(), codes.size());
    for (const ErrorCode code : codes) {
        const QString name = netcore::errorCodeName(code);
        const QJSValue entry = table.property(name);
        QVERIFY2(entry.isArray(), qPrintable(name));
        QCOMPARE(entry.property(0).property(u"name"_s).toString(),
                 kindName(NetError::api(code).kind()));
        QCOMPARE(entry.property(1).toString(), netcore::apiErrorTemplate(code));
    }
}

void tst_ErrorTable::errorsReadTheSameOnBothSides()
{
    QJSEngine engine;
    ModuleLoader loader(&engine);
    const QJSValue errors = loader.require(u"internal/errors"_s);
    QVERIFY2(!errors.isError(), qPrintable(errors.toString()));
    const QJSValue codes = errors.property(u"codes"_s);

    for (const Case &row : std::as_const(m_cases)) {
        const QString name = netcore::errorCodeName(row.code);
        const NetError native = NetError::api(row.code, row.netcoreArgs);
        QJSValueList args;
        for (const auto &value : row.scriptArgs)
            args.append(engine.toScriptValue(value.toVariant()));
        const QJSValue error = codes.property(name).call(args);
        QVERIFY2(error.isError(), qPrintable(name + u": "_s + error.toString()));
        QCOMPARE(error.property(u"code"_s).toString(), name);
        QCOMPARE(error.property(u"name"_s).toString(), kindName(native.kind()));
        QCOMPARE(error.property(u"message"_s).toString(), native.message());
    }
}

void tst_ErrorTable::messagesAreNodes()
{
    const QString node = scripttest::nodePath();
    if (node.isEmpty())
        QSKIP("node is not installed");

    // Node is given each case's script arguments; codes Node does not have are left out.
    QJsonArray input;
    for (const Case &row : std::as_const(m_cases))
        input.append(QJsonArray {netcore::errorCodeName(row.code), row.scriptArgs});
    const QString program = uR"(
const { codes } = require('internal/errors');
const out = {};
for (const [code, args] of JSON.parse(process.argv[1])) {
    try {
        if (codes[code])
            out[code] = [new codes[code](...args).name, new codes[code](...args).message];
    } catch (error) {
        out[code] = ['node refused the arguments', error.message];
    }
}
console.log(JSON.stringify(out));
)"_s;
    QProcess process;
    process.start(node,
                  {u"--expose-internals"_s, u"-e"_s, program,
                   QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject nodes = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(nodes.size() >= 25);

    QJSEngine engine;
    ModuleLoader loader(&engine);
    const QJSValue codes = loader.require(u"internal/errors"_s).property(u"codes"_s);
    for (const Case &row : std::as_const(m_cases)) {
        const QString name = netcore::errorCodeName(row.code);
        if (!nodes.contains(name))
            continue;
        QJSValueList args;
        for (const auto &value : row.scriptArgs)
            args.append(engine.toScriptValue(value.toVariant()));
        const QJSValue error = codes.property(name).call(args);
        const QJsonArray expected = nodes.value(name).toArray();
        QCOMPARE(error.property(u"name"_s).toString(), expected.at(0).toString());
        QCOMPARE(error.property(u"message"_s).toString(), expected.at(1).toString());
    }
}

void tst_ErrorTable::scriptErrorsCarryTheirCode()
{
    // Errors the runtime raises outside net come from the same table, with Node's shape.
    scripttest::ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "codes.js",
            "for (const label of ['nope', {}]) {\n"
            "    try { new TextDecoder(label); } catch (e) {\n"
            "        console.log(String(e), e.name, e.code, Object.keys(e).join());\n"
            "    }\n"
            "}\n",
            "RangeError [ERR_ENCODING_NOT_SUPPORTED]: The \"nope\" encoding is not supported "
            "RangeError ERR_ENCODING_NOT_SUPPORTED code\n"
            "RangeError [ERR_ENCODING_NOT_SUPPORTED]: The \"[object Object]\" encoding is not "
            "supported RangeError ERR_ENCODING_NOT_SUPPORTED code\n");
}

void tst_ErrorTable::unhandledRejectionIsNodes()
{
    // The message comes from the table; the shape is Node's UnhandledPromiseRejection: code and
    // name are own enumerable properties, toString() has no [code].
    scripttest::ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "rejection.js",
            "process.on('uncaughtException', (e) => {\n"
            "    console.log(String(e));\n"
            "    console.log(e instanceof Error, e.code, Object.keys(e).join());\n"
            "});\n"
            "Promise.reject(42);\n",
            "UnhandledPromiseRejection: This error originated either by throwing inside of an "
            "async function without a catch block, or by rejecting a promise which was not "
            "handled with .catch(). The promise rejected with the reason \"42\".\n"
            "true ERR_UNHANDLED_REJECTION code,name\n");
}

QTEST_GUILESS_MAIN(tst_ErrorTable)
#include "tst_errortable.moc"
