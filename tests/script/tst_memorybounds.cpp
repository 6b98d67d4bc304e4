// Limits on the runtime's resident memory, where node keeps it flat. They measure the process's
// resident size, which a sanitizer's runtime inflates (ASan keeps freed memory in quarantine), so
// CTest labels this file no-asan.

#include "scripttest.h"

#include <QCoreApplication>
#include <QTest>

using scripttest::ScriptDir;

class tst_MemoryBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void droppedBuffersAreCollectedInALoop();
};

void tst_MemoryBounds::droppedBuffersAreCollectedInALoop()
{
    // 1 GiB of 1 MiB Buffers made, filled and dropped in one synchronous loop: the engine does
    // not count their bytes, so the runtime collects as they add up (node's resident size
    // grows by ~60 MiB; without the collection it grew by 520 MiB).
    ScriptDir dir;
    SCRIPT_COMPARE_WITH_NODE(
            dir, "churn.js",
            "const before = process.memoryUsage().rss;\n"
            "let peak = before, total = 0;\n"
            "for (let i = 0; i < 1024; i++) {\n"
            "  const b = Buffer.alloc(1024 * 1024, i & 0xff);\n"
            "  total += b.length;\n"
            "  if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);\n"
            "}\n"
            "console.log('made MiB', total / 1048576, 'grew under 256 MiB', peak - before < 256 * "
            "1048576);\n",
            "made MiB 1024 grew under 256 MiB true\n");
}

QTEST_GUILESS_MAIN(tst_MemoryBounds)
#include "tst_memorybounds.moc"
