// npm start: migrate and seed the database, build if needed, then serve the production site.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepare } from "./prepare.mjs";

prepare();

const port = process.env.PORT ?? "3000";
const next = path.join(import.meta.dirname, "..", "node_modules", ".bin", "next");
const server = spawn(next, ["start", "-p", port, ...(process.env.HOSTNAME_BIND ? ["-H", process.env.HOSTNAME_BIND] : [])], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
