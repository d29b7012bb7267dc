// npm run db:check: helplines and emergency numbers last checked more than 12 months ago
// (`-- --months 6` for another age). Exits 1 when something is due, so it can gate a release.
import { createPrismaClient } from "@/lib/prisma-client";

async function main() {
  const i = process.argv.indexOf("--months");
  const months = i >= 0 ? Number(process.argv[i + 1]) : 12;
  if (!Number.isInteger(months) || months < 1) throw new Error("--months takes a whole number of months");
  const db = createPrismaClient();
  try {
    const cutoff = new Date();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
    const [helplines, emergency] = await Promise.all([
      db.helpline.findMany({ where: { checkedOn: { lt: cutoff } }, orderBy: { checkedOn: "asc" } }),
      db.emergencyNumber.findMany({ where: { checkedOn: { lt: cutoff } }, orderBy: { checkedOn: "asc" } }),
    ]);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    console.log(`Records last checked before ${day(cutoff)} (${months} months ago):`);
    for (const h of helplines) console.log(`  helpline  ${h.id.padEnd(40)} checked ${day(h.checkedOn)}  ${h.sourceUrl}`);
    for (const e of emergency)
      console.log(`  emergency ${`${e.regionCode} ${e.display}`.padEnd(40)} checked ${day(e.checkedOn)}  ${e.sourceUrl}`);
    const total = helplines.length + emergency.length;
    console.log(total === 0 ? "  none: everything was checked recently." : `${total} record(s) to check again.`);
    process.exitCode = total === 0 ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
