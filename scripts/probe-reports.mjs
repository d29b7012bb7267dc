// The other end of scripts/process-probe.mjs: for a tool that started the server with the probe
// loaded, ask for a report and read it from the server's stdout.
/**
 * For the tools that start a server with this probe: a function that asks the server for a report
 * (SIGUSR2) and resolves with it, read from the server's stdout (which must be a pipe).
 * @param {import("node:child_process").ChildProcess} server
 * @returns {() => Promise<{ rss: number, heapUsed: number, heapTotal: number, external: number, arrayBuffers: number, eventLoop: { maxMs: number, p99Ms: number, meanMs: number, samples: number } }>}
 */
export function probeReports(server) {
  /** @type {((report: any) => void)[]} */
  const waiting = [];
  let buffered = "";
  server.stdout?.on("data", (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.startsWith("steady-probe ")) waiting.shift()?.(JSON.parse(line.slice("steady-probe ".length)));
    }
  });
  return () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the server sent no probe report")), 10_000);
      waiting.push((report) => {
        clearTimeout(timer);
        resolve(report);
      });
      server.kill("SIGUSR2");
    });
}
