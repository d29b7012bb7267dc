// Loaded into the production server by the tools that measure it, never by the server itself:
//   node --import ./scripts/process-probe.mjs server/main.mjs
// On SIGUSR2 it prints one line, "steady-probe {json}": the process's memory and the event loop's
// delay since the last report (then starts a new measurement). With --expose-gc a full collection
// runs first, so heapUsed is what is really kept, not garbage not yet swept.
// Used by npm run bench (memory) and by the hostile-request tests (no request may block the event
// loop for more than 50 ms), which read the reports with scripts/probe-reports.mjs.
import { monitorEventLoopDelay } from "node:perf_hooks";

// A 1 ms timer: each sample is the time between two of its runs, so it includes that 1 ms.
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();

process.on("SIGUSR2", () => {
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  // The histogram records the time between the timer's runs, in nanoseconds.
  const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;
  const eventLoop = { maxMs: ms(delay.max), p99Ms: ms(delay.percentile(99)), meanMs: ms(delay.mean), samples: delay.count };
  delay.reset();
  console.log(`steady-probe ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, eventLoop })}`);
});
