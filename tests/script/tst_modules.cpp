// require(): relative files, .js/.json/index.js resolution, the cache, cycles, the built-ins,
// and what the sandbox refuses.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using scripttest::ScriptDir;

class tst_Modules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeFilesAndExports();
    void resolutionOrder();
    void cacheReturnsSameObject();
    void cyclicRequireSeesPartialExports();
    void mainModuleAndFilenames();
    void builtinsByName();
    void unknownModuleThrowsModuleNotFound();
    void sandboxRefusesFileSystemModules();
    void jsonSyntaxErrorNamesTheFile();
    void requireArgumentIsChecked();
    void nestedFolderRequiresAreRelativeToTheRequiringFile();
    void builtinFramesAreNodeInternals();
};

void tst_Modules::relativeFilesAndExports()
{
    ScriptDir dir;
    dir.write(u"lib/math.js"_s, "exports.add = (a, b) => a + b;\nexports.name = 'math';\n");
    dir.write(u"lib/replace.js"_s, "module.exports = function double(x) { return 2 * x; };\n");
    SCRIPT_COMPARE_WITH_NODE(dir, "main.js",
                             "const m = require('./lib/math');\n"
                             "const d = require('./lib/replace.js');\n"
                             "console.log(m.add(2, 3), m.name, d(21), typeof d);\n",
                             "5 math 42 function\n");
}

void tst_Modules::resolutionOrder()
{
    ScriptDir dir;
    dir.write(u"a.js"_s, "module.exports = 'a.js';\n");
    dir.write(u"a.json"_s, "\"a.json\"\n");
    dir.write(u"b.json"_s, "{ \"value\": [1, 2] }\n");
    dir.write(u"pkg/package.json"_s, "{ \"main\": \"lib/entry.js\" }\n");
    dir.write(u"pkg/lib/entry.js"_s, "module.exports = 'pkg main';\n");
    dir.write(u"idx/index.js"_s, "module.exports = 'index.js';\n");
    SCRIPT_COMPARE_WITH_NODE(dir, "main.js",
                             "console.log(require('./a'), require('./a.json'));\n"
                             "console.log(JSON.stringify(require('./b')));\n"
                             "console.log(require('./pkg'), require('./idx'), require('./idx/'));\n"
                             "console.log(require.resolve('./a') === __dirname + '/a.js');\n",
                             "a.js a.json\n{\"value\":[1,2]}\npkg main index.js index.js\n"
                             "true\n");
}

void tst_Modules::cacheReturnsSameObject()
{
    ScriptDir dir;
    dir.write(u"counter.js"_s,
              "let n = 0;\nmodule.exports = { next: () => ++n };\n"
              "console.log('loaded once');\n");
    dir.write(u"other.js"_s, "module.exports = require('./counter').next();\n");
    SCRIPT_COMPARE_WITH_NODE(
            dir, "main.js",
            "const a = require('./counter');\n"
            "const b = require('./counter.js');\n"
            "console.log(a === b, a.next(), require('./other'), a.next());\n"
            "console.log(require.cache[require.resolve('./counter')].exports === a);\n",
            "loaded once\ntrue 1 2 3\ntrue\n");
}

void tst_Modules::cyclicRequireSeesPartialExports()
{
    ScriptDir dir;
    dir.write(u"a.js"_s,
              "exports.early = 'a-early';\nconst b = require('./b');\n"
              "exports.late = 'a-late';\nexports.fromB = b.seen;\n");
    dir.write(u"b.js"_s,
              "const a = require('./a');\n"
              "exports.seen = [a.early, a.late].join(',');\n");
    SCRIPT_COMPARE_WITH_NODE(dir, "main.js",
                             "const a = require('./a');\nconsole.log(a.fromB, a.late);\n",
                             "a-early, a-late\n");
}

void tst_Modules::mainModuleAndFilenames()
{
    ScriptDir dir;
    dir.write(u"sub/child.js"_s,
              "module.exports = [require.main === module, module.id === '.', "
              "require('path').basename(__filename), require('path').basename(__dirname)];\n");
    SCRIPT_COMPARE_WITH_NODE(
            dir, "main.js",
            "const path = require('path');\n"
            "console.log(require.main === module, module.id, path.basename(__filename));\n"
            "console.log(JSON.stringify(require('./sub/child')));\n"
            "console.log(this === module.exports, typeof exports);\n",
            "true . main.js\n[false,false,\"child.js\",\"sub\"]\ntrue object\n");
}

void tst_Modules::builtinsByName()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "main.js",
            "const names = ['net', 'events', 'assert', 'buffer', 'timers', 'util', 'path', 'os', "
            "'string_decoder'];\n"
            "for (const n of names) console.log(n, typeof require(n), require(n) === "
            "require('node:' + n));\n"
            "console.log(require('events') === require('events').EventEmitter);\n"
            "console.log(require('buffer').Buffer === Buffer, require('timers').setTimeout === "
            "setTimeout);\n",
            "net object true\nevents function true\nassert function true\nbuffer object true\n"
            "timers object true\nutil object true\npath object true\nos object true\n"
            "string_decoder object true\ntrue\ntrue true\n");
}

void tst_Modules::unknownModuleThrowsModuleNotFound()
{
    ScriptDir dir;
    const QString main = dir.write(
            u"main.js"_s,
            "for (const id of ['./missing', 'no-such-package', './dir/']) {\n"
            "  try { require(id); } catch (e) {\n"
            "    console.log(e instanceof Error, e.code, JSON.stringify(e.message.split('\\n')[0]),"
            " e.requireStack.length, e.requireStack[0] === __filename);\n"
            "  }\n"
            "}\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             u"true MODULE_NOT_FOUND \"Cannot find module './missing'\" 1 true\n"
             "true MODULE_NOT_FOUND \"Cannot find module 'no-such-package'\" 1 true\n"
             "true MODULE_NOT_FOUND \"Cannot find module './dir/'\" 1 true\n"_s);
    const scripttest::Result node = scripttest::runNode(main);
    if (node.exitCode >= 0)
        QCOMPARE(node.out, result.out);
}

void tst_Modules::sandboxRefusesFileSystemModules()
{
    // Node has these; netbench does not offer them, on purpose (see src/script/README.md).
    ScriptDir dir;
    const QString main = dir.write(
            u"main.js"_s,
            "for (const id of ['fs', 'child_process', 'node:fs', 'http', 'internal/loop', "
            "'vm']) {\n"
            "  try { require(id); console.log(id, 'loaded'); }\n"
            "  catch (e) { console.log(id, e.code, e.message.split('\\n')[0]); }\n"
            "}\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             u"fs MODULE_NOT_FOUND Cannot find module 'fs'\n"
             "child_process MODULE_NOT_FOUND Cannot find module 'child_process'\n"
             "node:fs MODULE_NOT_FOUND Cannot find module 'node:fs'\n"
             "http MODULE_NOT_FOUND Cannot find module 'http'\n"
             "internal/loop MODULE_NOT_FOUND Cannot find module 'internal/loop'\n"
             "vm MODULE_NOT_FOUND Cannot find module 'vm'\n"_s);
}

void tst_Modules::jsonSyntaxErrorNamesTheFile()
{
    ScriptDir dir;
    const QString json = dir.write(u"broken.json"_s, "{ \"a\": 1,, }\n");
    const QString main = dir.write(
            u"main.js"_s,
            "try { require('./broken.json'); } catch (e) {\n"
            "  console.log(e.name, e.message.startsWith(require('path').join(__dirname, "
            "'broken.json') + ': '));\n"
            "}\n");
    const scripttest::Result result = scripttest::run(main);
    QCOMPARE(result.out, u"SyntaxError true\n"_s);
    Q_UNUSED(json);
}

void tst_Modules::requireArgumentIsChecked()
{
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "main.js",
            "for (const id of [42, '']) {\n"
            "  try { require(id); } catch (e) { console.log(e.name, e.code, e.message); }\n"
            "}\n",
            "TypeError ERR_INVALID_ARG_TYPE The \"id\" argument must be of type "
            "string. Received type number (42)\n"
            "TypeError ERR_INVALID_ARG_VALUE The argument 'id' must be a "
            "non-empty string. Received ''\n");
}

void tst_Modules::nestedFolderRequiresAreRelativeToTheRequiringFile()
{
    ScriptDir dir;
    dir.write(u"a/b/c.js"_s,
              "module.exports = require('../sibling').name + '+' + "
              "require('./d').name;\n");
    dir.write(u"a/sibling.js"_s, "exports.name = 'sibling';\n");
    dir.write(u"a/b/d.js"_s, "exports.name = 'd';\n");
    SCRIPT_COMPARE_WITH_NODE(dir, "main.js", "console.log(require('./a/b/c'));\n", "sibling+d\n");
}

// The built-in modules run from bytecode built ahead of time, whose frames the engine names by
// the file's last part only (validators.mjs): the report still finds the script's own line
// and shows the runtime's frames as Node's (node:internal/validators), never as files.
void tst_Modules::builtinFramesAreNodeInternals()
{
    ScriptDir dir;
    const QString path = dir.write(u"main.js"_s,
                                   "const net = require('net');\n"
                                   "net.connect({ port: -1 });\n");
    const scripttest::Result result = scripttest::run(path);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(path + u":2\nnet.connect({ port: -1 });\n"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"    at validatePort (node:internal/validators:"_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(u"    at connect (node:net:"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u".mjs"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_Modules)
#include "tst_modules.moc"
