-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "cost" TEXT;
ALTER TABLE "Contact" ADD COLUMN "note" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EmergencyNumber" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "service" TEXT NOT NULL,
    "dial" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "area" TEXT,
    "note" TEXT,
    "chestPain" BOOLEAN NOT NULL DEFAULT false,
    "sourceUrl" TEXT NOT NULL,
    "checkedOn" DATETIME NOT NULL,
    CONSTRAINT "EmergencyNumber_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EmergencyNumber" ("checkedOn", "dial", "display", "id", "position", "regionCode", "service", "sourceUrl") SELECT "checkedOn", "dial", "display", "id", "position", "regionCode", "service", "sourceUrl" FROM "EmergencyNumber";
DROP TABLE "EmergencyNumber";
ALTER TABLE "new_EmergencyNumber" RENAME TO "EmergencyNumber";
CREATE INDEX "EmergencyNumber_regionCode_position_idx" ON "EmergencyNumber"("regionCode", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

