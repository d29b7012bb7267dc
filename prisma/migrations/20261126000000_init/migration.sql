-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "timeZone" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EmergencyNumber" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "service" TEXT NOT NULL,
    "dial" TEXT NOT NULL,
    "display" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "checkedOn" DATETIME NOT NULL,
    CONSTRAINT "EmergencyNumber_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Helpline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regionCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alwaysOpen" BOOLEAN NOT NULL,
    "crisis" BOOLEAN NOT NULL,
    "hours" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "cost" TEXT NOT NULL,
    "freeFromMobile" BOOLEAN,
    "reachableFromAbroad" BOOLEAN,
    "sourceUrl" TEXT NOT NULL,
    "otherSources" TEXT NOT NULL,
    "checkedOn" DATETIME NOT NULL,
    "notes" TEXT,
    CONSTRAINT "Helpline_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelplineDescription" (
    "helplineId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("helplineId", "locale"),
    CONSTRAINT "HelplineDescription_helplineId_fkey" FOREIGN KEY ("helplineId") REFERENCES "Helpline" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelplineTopic" (
    "helplineId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,

    PRIMARY KEY ("helplineId", "topic"),
    CONSTRAINT "HelplineTopic_helplineId_fkey" FOREIGN KEY ("helplineId") REFERENCES "Helpline" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelplineLanguage" (
    "helplineId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("helplineId", "tag"),
    CONSTRAINT "HelplineLanguage_helplineId_fkey" FOREIGN KEY ("helplineId") REFERENCES "Helpline" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "helplineId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "dial" TEXT,
    "display" TEXT,
    "keyword" TEXT,
    "url" TEXT,
    "address" TEXT,
    CONSTRAINT "Contact_helplineId_fkey" FOREIGN KEY ("helplineId") REFERENCES "Helpline" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "digest" TEXT NOT NULL,
    "regions" INTEGER NOT NULL,
    "helplines" INTEGER NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "EmergencyNumber_regionCode_position_idx" ON "EmergencyNumber"("regionCode", "position");

-- CreateIndex
CREATE INDEX "Helpline_regionCode_crisis_alwaysOpen_position_idx" ON "Helpline"("regionCode", "crisis", "alwaysOpen", "position");

-- CreateIndex
CREATE INDEX "Helpline_checkedOn_idx" ON "Helpline"("checkedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Helpline_regionCode_slug_key" ON "Helpline"("regionCode", "slug");

-- CreateIndex
CREATE INDEX "HelplineTopic_topic_idx" ON "HelplineTopic"("topic");

-- CreateIndex
CREATE INDEX "HelplineLanguage_tag_idx" ON "HelplineLanguage"("tag");

-- CreateIndex
CREATE INDEX "Contact_helplineId_position_idx" ON "Contact"("helplineId", "position");

-- CreateIndex
CREATE INDEX "Contact_type_idx" ON "Contact"("type");

