// npm start: migrate and seed the database, build if needed, then serve the production site.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepare } from "./prepare.mjs";

prepare();

const server = spawn(process.execPath, [path.join(import.meta.dirname, "..", "server", "main.mjs")], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
