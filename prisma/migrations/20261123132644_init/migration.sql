-- Extensions the directory relies on: citext (case-insensitive e-mail),
-- pg_trgm + unaccent (typo- and accent-tolerant search), cube + earthdistance
-- (distance for "near me").
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "WhoMayAttend" AS ENUM ('PEOPLE_WITH_CONCERN', 'FAMILY_AND_FRIENDS', 'BOTH');

-- CreateEnum
CREATE TYPE "CostKind" AS ENUM ('FREE', 'DONATION', 'FEE');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('IN_PERSON', 'ONLINE', 'PHONE', 'HYBRID');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('WEEKLY', 'MONTHLY_NTH', 'BY_ARRANGEMENT');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'EDITOR');

-- CreateEnum
CREATE TYPE "FactSheetAudience" AS ENUM ('PUBLIC', 'PROFESSIONALS', 'GROUP_LEADERS');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "keywords" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "whoMayAttend" "WhoMayAttend" NOT NULL DEFAULT 'BOTH',
    "leadership" INTEGER NOT NULL DEFAULT 1,
    "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
    "costKind" "CostKind" NOT NULL DEFAULT 'FREE',
    "costDescription" TEXT NOT NULL DEFAULT '',
    "accessibilityFeatures" TEXT[],
    "accessibilityNotes" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "privateContactName" TEXT,
    "privateContactPhone" TEXT,
    "privateContactEmail" TEXT,
    "organizationId" TEXT,
    "status" "GroupStatus" NOT NULL DEFAULT 'DRAFT',
    "lastVerifiedAt" TIMESTAMP(3),
    "lastVerifiedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupTopic" (
    "groupId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "GroupTopic_pkey" PRIMARY KEY ("groupId","topicId")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "recurrence" "Recurrence" NOT NULL DEFAULT 'WEEKLY',
    "weekdays" INTEGER[],
    "intervalWeeks" INTEGER NOT NULL DEFAULT 1,
    "monthWeek" INTEGER,
    "startsOn" DATE NOT NULL,
    "startTime" VARCHAR(5),
    "endTime" VARCHAR(5),
    "timeZone" TEXT NOT NULL,
    "attendance" "Attendance" NOT NULL DEFAULT 'IN_PERSON',
    "venueName" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "town" TEXT,
    "region" TEXT,
    "postalCode" TEXT,
    "country" VARCHAR(2) NOT NULL DEFAULT 'CA',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "onlineUrl" TEXT,
    "onlineOnRequest" BOOLEAN NOT NULL DEFAULT false,
    "dialIn" TEXT,
    "dialInOnRequest" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL DEFAULT 'EDITOR',
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactSheet" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "audience" "FactSheetAudience" NOT NULL DEFAULT 'PUBLIC',
    "body" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'DRAFT',
    "related" TEXT[],
    "topicSlugs" TEXT[],
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactSheetRevision" (
    "id" TEXT NOT NULL,
    "factSheetId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactSheetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Group_slug_key" ON "Group"("slug");

-- CreateIndex
CREATE INDEX "Group_status_idx" ON "Group"("status");

-- CreateIndex
CREATE INDEX "Group_organizationId_idx" ON "Group"("organizationId");

-- CreateIndex
CREATE INDEX "GroupTopic_topicId_idx" ON "GroupTopic"("topicId");

-- CreateIndex
CREATE INDEX "Meeting_groupId_idx" ON "Meeting"("groupId");

-- CreateIndex
CREATE INDEX "Meeting_attendance_idx" ON "Meeting"("attendance");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "FactSheet_slug_key" ON "FactSheet"("slug");

-- CreateIndex
CREATE INDEX "FactSheet_audience_status_idx" ON "FactSheet"("audience", "status");

-- CreateIndex
CREATE INDEX "FactSheetRevision_factSheetId_createdAt_idx" ON "FactSheetRevision"("factSheetId", "createdAt");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_lastVerifiedById_fkey" FOREIGN KEY ("lastVerifiedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupTopic" ADD CONSTRAINT "GroupTopic_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupTopic" ADD CONSTRAINT "GroupTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactSheetRevision" ADD CONSTRAINT "FactSheetRevision_factSheetId_fkey" FOREIGN KEY ("factSheetId") REFERENCES "FactSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactSheetRevision" ADD CONSTRAINT "FactSheetRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Leadership is a five-point scale (1 member-led … 5 professionally led);
-- Prisma does not model CHECK constraints, so they live here.
ALTER TABLE "Group" ADD CONSTRAINT "Group_leadership_range" CHECK ("leadership" BETWEEN 1 AND 5);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_interval_range" CHECK ("intervalWeeks" BETWEEN 1 AND 52);
