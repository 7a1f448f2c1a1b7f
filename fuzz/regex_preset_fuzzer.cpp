// Runs every regex preset and the IOC extractor over arbitrary text (UTF-8 decoded): no crash,
// and every run finishes within its limits.
#include "tools/IocExtractor.h"
#include "tools/RegexRunner.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const soar::tools::RegexRunner runner;
    for (const soar::tools::RegexPreset &preset : soar::tools::RegexPreset::all())
        (void)runner.runPreset(preset, text).toCsv();
    (void)soar::tools::IocExtractor().extract(text, QStringLiteral("fuzz")).toJson();
    // The input also serves as a custom pattern: invalid ones must come back as errors.
    (void)runner.runCustom(text.left(64), text);
    return 0;
}
