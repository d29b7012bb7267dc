// npm run db:coverage: for every region a reader may be in (lib/regions.ts READER_REGIONS) and every
// other region with data: its emergency numbers, its helplines, whether it has an adult crisis or
// support line, and its oldest check date; then the totals. Reads the database through the data layer.
import { disconnect } from "@/lib/db";
import { getCoverage } from "@/lib/data/helplines";
import { READER_REGIONS } from "@/lib/regions";

async function main() {
  const coverage = new Map((await getCoverage()).map((c) => [c.code, c]));
  const codes = [...new Set([...READER_REGIONS, ...coverage.keys()])].sort();
  console.log("region  emergency  helplines  support line  oldest check");
  for (const code of codes) {
    const c = coverage.get(code);
    const mark = READER_REGIONS.includes(code) ? " " : "+"; // + = a territory beyond the list
    console.log(
      `${code}${mark}     ${c ? String(c.emergency).padStart(9) : "        -"}  ${c ? String(c.helplines).padStart(9) : "        -"}  ${(c?.supportLine ? "yes" : "no").padStart(12)}  ${c?.oldestCheck ?? "-"}`,
    );
  }
  const reader = READER_REGIONS.map((code) => coverage.get(code));
  const withEmergency = reader.filter((c) => c && c.emergency > 0).length;
  const withSupport = reader.filter((c) => c?.supportLine).length;
  const oldest =
    [...coverage.values()]
      .map((c) => c.oldestCheck)
      .filter(Boolean)
      .sort()[0] ?? "-";
  console.log(`\nOf the ${READER_REGIONS.length} regions a reader may be in:`);
  console.log(`  ${withEmergency} have a sourced, dated emergency number (${READER_REGIONS.length - withEmergency} not verified yet)`);
  console.log(`  ${withSupport} have an adult crisis or emotional-support line`);
  const territories = [...coverage.values()].filter((c) => !READER_REGIONS.includes(c.code));
  if (territories.length) {
    // Territories beyond the list (Réunion, Guam, Jersey...) are reported apart, so the totals
    // above stay comparable with the list they are measured against.
    const territoriesWithSupport = territories.filter((c) => c.supportLine).length;
    console.log(
      `Territories beyond the list: ${territories.length} with a sourced emergency number, ${territoriesWithSupport} with an adult line` +
        ` (in all, ${withSupport + territoriesWithSupport} places with an adult line)`,
    );
  }
  console.log(
    `All ${coverage.size} regions with data: ${[...coverage.values()].reduce((n, c) => n + c.helplines, 0)} helplines; oldest check ${oldest}`,
  );
  const missing = READER_REGIONS.filter((code) => !coverage.get(code)?.emergency);
  if (missing.length) console.log(`Not verified yet: ${missing.join(" ")}`);
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  })
  .finally(() => disconnect());
