import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFileError, DEFAULT_DATA_DIR, importDataSet, lastImportDigest, loadDataFiles } from "@/lib/helplines/import";
import { dataDir, validRegion } from "./helpers/data-files";
import { freshDatabase, snapshot } from "./helpers/db";

function refused(files: Record<string, unknown>): string[] {
  try {
    loadDataFiles(dataDir(files));
  } catch (e) {
    expect(e).toBeInstanceOf(DataFileError);
    return (e as DataFileError).problems;
  }
  throw new Error("the data set was accepted");
}

function mutate(change: (region: ReturnType<typeof validRegion> & { helplines: Array<Record<string, unknown>> }) => void) {
  const region = validRegion() as ReturnType<typeof validRegion> & { helplines: Array<Record<string, unknown>> };
  change(region);
  return { "gb.json": region };
}

describe("data file validation names the file, the record and the field", () => {
  it("accepts the project's own data files", () => {
    const set = loadDataFiles(DEFAULT_DATA_DIR);
    expect(set.files.length).toBeGreaterThanOrEqual(40);
    for (const { data } of set.files) {
      expect(data.emergency.length).toBeGreaterThan(0);
      for (const h of data.helplines) {
        expect(h.sourceUrl).toMatch(/^https?:\/\//);
        expect(h.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("refuses a phone number that cannot be dialled", () => {
    const problems = refused(mutate((r) => ((r.helplines[0].contacts as Array<Record<string, string>>)[0].dial = "116-123 call us")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/gb\.json: record helplines\[0\] "samaritans", field contacts\[0\]\.dial: must be digits/);
  });

  it("cross-checks every number with libphonenumber: unknown ones need a validationNote", () => {
    type Region = Parameters<Parameters<typeof mutate>[0]>[0];
    const contacts = (r: Region) => r.helplines[0].contacts as Array<Record<string, unknown>>;
    const emergency = (r: Region) => (r.emergency as Array<Record<string, unknown>>)[0];
    // An emergency number the library does not list for the region.
    const wrongEmergency = refused(mutate((r) => (emergency(r).dial = "118")));
    expect(wrongEmergency[0]).toMatch(
      /gb\.json: record emergency\[0\], field dial: libphonenumber does not know "118" as an emergency number for GB/,
    );
    // A national number that is not valid in the region.
    const badNumber = refused(mutate((r) => (contacts(r)[0].dial = "0123")));
    expect(badNumber[0]).toMatch(
      /record helplines\[0\] "samaritans", field contacts\[0\]\.dial: libphonenumber does not know "0123" for GB/,
    );
    // Star and hash codes are outside the library's model: they always need a note.
    expect(refused(mutate((r) => (contacts(r)[0].dial = "*4141")))[0]).toMatch(/does not know "\*4141"/);
    // A WhatsApp number must be a valid international number (it cannot carry a note).
    expect(refused(mutate((r) => contacts(r).push({ type: "whatsapp", dial: "+4400000000", display: "+44 00" })))[0]).toMatch(
      /field contacts\[2\]\.dial: "\+4400000000" is not a valid international number/,
    );
    // With a note saying why, the editor's number is kept.
    const kept = mutate((r) => {
      Object.assign(emergency(r), { dial: "118", validationNote: "Read on the provider's page on 2026-11-26; not in the metadata yet." });
      Object.assign(contacts(r)[0], {
        dial: "#163",
        validationNote: "Hash code read on the provider's page; outside libphonenumber's model.",
      });
    });
    expect(() => loadDataFiles(dataDir(kept))).not.toThrow();
  });

  it("refuses an unknown region code", () => {
    const region = validRegion("ZZ");
    const problems = refused({ "zz.json": region });
    expect(problems[0]).toMatch(/zz\.json: record file, field code: is not an ISO 3166-1 alpha-2 code/);
  });

  it("refuses a file whose name does not match its region", () => {
    expect(refused({ "fr.json": validRegion("GB") })[0]).toMatch(/fr\.json: record file, field code: "GB" belongs in gb\.json/);
  });

  it("refuses a record without a source", () => {
    const problems = refused(mutate((r) => delete r.helplines[1].sourceUrl));
    expect(problems[0]).toMatch(/record helplines\[1\] "evening-line", field sourceUrl/);
  });

  it("refuses an emergency number without a check date", () => {
    const problems = refused(mutate((r) => delete (r.emergency as Array<Record<string, string>>)[0].checkedOn));
    expect(problems[0]).toMatch(/record emergency\[0\], field checkedOn/);
  });

  it("refuses impossible opening hours", () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ type: "weekly", days: { mon: [["25:00", "26:00"]] } }, /field hours\.days\.mon\[0\]\[0\]: must be a time HH:MM/],
      [{ type: "weekly", days: { tue: [["09:00", "09:00"]] } }, /field hours\.days\.tue\[0\]: is not a possible opening range/],
      [
        {
          type: "weekly",
          days: {
            wed: [
              ["09:00", "13:00"],
              ["12:00", "17:00"],
            ],
          },
        },
        /field hours\.days\.wed: has overlapping ranges/,
      ],
      [{ type: "weekly", days: {} }, /field hours\.days: must open on at least one day/],
      [{ type: "weekly", days: { funday: [["09:00", "17:00"]] } }, /field hours\.days/],
      [{ type: "sometimes" }, /field hours\.type/],
    ];
    for (const [hours, message] of cases) {
      const problems = refused(mutate((r) => (r.helplines[1].hours = hours)));
      expect(problems.join("\n")).toMatch(message);
    }
  });

  it("refuses unknown topics, bad language tags, bad time zones and future check dates", () => {
    expect(refused(mutate((r) => (r.helplines[0].topics = ["crisis", "astrology"])))[0]).toMatch(/field topics\[1\]/);
    expect(refused(mutate((r) => (r.helplines[0].languages = ["english!"])))[0]).toMatch(
      /field languages\[0\]: is not a BCP 47 language tag/,
    );
    expect(refused(mutate((r) => (r.timeZone = "Mars/Olympus")))[0]).toMatch(/field timeZone: is not an IANA time zone/);
    expect(refused(mutate((r) => (r.helplines[0].checkedOn = "2999-01-01")))[0]).toMatch(/field checkedOn: cannot be in the future/);
    expect(refused(mutate((r) => (r.helplines[0].unexpected = true)))[0]).toMatch(
      /record helplines\[0\] "samaritans", field \(whole record\)/,
    );
  });

  it("refuses two helplines with the same slug", () => {
    const problems = refused(mutate((r) => (r.helplines[1].slug = "samaritans")));
    expect(problems[0]).toMatch(/record helplines\[1\] "samaritans", field slug: "samaritans" is used twice/);
  });

  it("refuses a file that is not JSON, and reports every bad file at once", () => {
    const problems = refused({ "gb.json": "{ not json", "fr.json": { ...validRegion("FR"), timeZone: "Nowhere/Else" } });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/gb\.json: not valid JSON/);
    expect(problems.join("\n")).toMatch(/fr\.json: record file, field timeZone/);
  });
});

describe("import into SQLite", () => {
  let database: ReturnType<typeof freshDatabase>;
  beforeEach(() => {
    database = freshDatabase();
  });
  afterEach(async () => {
    await database.close();
  });

  it("is idempotent: importing twice leaves the same rows", async () => {
    const set = loadDataFiles(DEFAULT_DATA_DIR);
    const first = await importDataSet(database.db, set);
    const after1 = await snapshot(database.db);
    const second = await importDataSet(database.db, set);
    const after2 = await snapshot(database.db);
    expect(first.helplines).toBe(second.helplines);
    expect(after1.helplines.length).toBe(first.helplines);
    expect(after2).toEqual(after1);
    expect(await lastImportDigest(database.db)).toBe(set.digest);
  });

  it("makes the database match the files: removed records go, changed ones change", async () => {
    const gb = validRegion();
    await importDataSet(
      database.db,
      loadDataFiles(dataDir({ "gb.json": gb, "fr.json": { ...validRegion("FR"), timeZone: "Europe/Paris" } })),
    );
    expect(await database.db.helpline.count()).toBe(4);
    (gb.helplines as Array<Record<string, unknown>>).pop();
    (gb.helplines as Array<Record<string, unknown>>)[0].name = "Samaritans (renamed)";
    await importDataSet(database.db, loadDataFiles(dataDir({ "gb.json": gb })));
    const rows = await database.db.helpline.findMany();
    expect(rows.map((r) => r.id)).toEqual(["gb-samaritans"]);
    expect(rows[0].name).toBe("Samaritans (renamed)");
    expect(await database.db.region.count()).toBe(1);
  });

  it("runs in one transaction: a failure half-way leaves the database exactly as it was", async () => {
    await importDataSet(database.db, loadDataFiles(dataDir({ "gb.json": validRegion() })));
    const before = await snapshot(database.db);
    // Make the database itself refuse one row that the import will try to write late.
    await database.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_fr BEFORE INSERT ON "Contact" WHEN NEW."helplineId" = 'fr-evening-line' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
    );
    const changedGb = validRegion();
    (changedGb.helplines as Array<Record<string, unknown>>)[0].name = "Changed before the failure";
    const set = loadDataFiles(dataDir({ "gb.json": changedGb, "fr.json": { ...validRegion("FR"), timeZone: "Europe/Paris" } }));
    await expect(importDataSet(database.db, set)).rejects.toThrow();
    expect(await snapshot(database.db)).toEqual(before);
  });
});
