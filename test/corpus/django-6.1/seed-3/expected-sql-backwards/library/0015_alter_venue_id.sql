BEGIN;
--
-- Alter field id on venue
--
SET CONSTRAINTS "library_venue_priority_id_ed72a7be_fk" IMMEDIATE; ALTER TABLE "library_venue" DROP CONSTRAINT "library_venue_priority_id_ed72a7be_fk";
ALTER TABLE "library_venue" ALTER COLUMN "id" TYPE integer USING "id"::integer;
ALTER SEQUENCE IF EXISTS "library_event_id_seq" AS integer;
ALTER TABLE "library_venue" ALTER COLUMN "priority_id" TYPE integer USING "priority_id"::integer;
ALTER TABLE "library_venue" ADD CONSTRAINT "library_venue_priority_id_ed72a7be_fk" FOREIGN KEY ("priority_id") REFERENCES "library_venue" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
