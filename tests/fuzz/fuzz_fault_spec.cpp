// The --fault grammar (SandboxFault::parse) and what the server does with the parsed faults
// (SandboxFaults::decide for every route). Input: one SPEC per line, all added together.
#include "FuzzCheck.h"

#include "sandbox/SandboxFaults.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    SandboxFaults faults(1);
    int added = 0;
    for (const QString &spec : input.split(QLatin1Char('\n'))) {
        QString error;
        const auto f = SandboxFault::parse(spec, &error);
        FUZZ_CHECK(f.has_value() == error.isEmpty(), "a spec must parse or say why not");
        if (!f)
            continue;
        FUZZ_CHECK(!SandboxFault::kindName(f->kind).isEmpty(), "a parsed kind without a name");
        FUZZ_CHECK(f->probability >= 0 && f->probability <= 1, "probability outside 0-1");
        FUZZ_CHECK(f->when != SandboxFault::When::Nth || f->nth >= 1, "nth below 1");
        for (int i = 0; i <= f->args.size(); ++i)
            (void)f->intArg(i, 0);
        // The parsed spec, given back as written, parses the same (the journal shows spec).
        QString again;
        const auto g = SandboxFault::parse(f->spec, &again);
        FUZZ_CHECK(g && g->kind == f->kind && g->args == f->args && g->count == f->count, "spec does not round-trip");
        FUZZ_CHECK(faults.add(spec, nullptr), "add refused a spec parse accepted");
        ++added;
    }
    if (added == 0)
        return 0;
    for (int round = 0; round < 3; ++round) {
        for (int r = 0; r <= int(SandboxRoute::Unknown); ++r) {
            const SandboxFaults::Decision d = faults.decide(SandboxRoute(r));
            FUZZ_CHECK(d.extraLatencyMs >= 0, "negative latency");
        }
    }
    return 0;
}
