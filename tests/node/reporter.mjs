// A node:test reporter for the NUnit side (tests/TidbDms.Provider.Tests/Sdk): one JSON line per finished
// test, {"name", "nesting", "ok", "skipped", "error"}, so each node test maps to one NUnit test case and a
// failure carries node's own message. A file that fails to load reports as a failed test named after it.
import { inspect } from "node:util";

export default async function* reporter(source) {
    for await (const event of source) {
        if (event.type !== "test:pass" && event.type !== "test:fail") {
            continue;
        }

        const data = event.data;
        const skipped = Boolean(data.skip || data.todo);
        yield JSON.stringify({
            name: data.name,
            nesting: data.nesting,
            ok: event.type === "test:pass" && !skipped,
            skipped,
            error: event.type === "test:fail" ? inspect(data.details?.error, { depth: 6 }) : null,
        }) + "\n";
    }
}
