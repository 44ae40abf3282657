BEGIN;
--
-- Alter field id on venue
--
SET CONSTRAINTS "library_event_priority_id_7bd59f38_fk_library_event_id" IMMEDIATE; ALTER TABLE "library_venue" DROP CONSTRAINT "library_event_priority_id_7bd59f38_fk_library_event_id";
ALTER TABLE "library_venue" ALTER COLUMN "id" TYPE smallint USING "id"::smallint;
ALTER SEQUENCE IF EXISTS "library_event_id_seq" AS smallint;
ALTER TABLE "library_venue" ALTER COLUMN "priority_id" TYPE smallint USING "priority_id"::smallint;
ALTER TABLE "library_venue" ADD CONSTRAINT "library_venue_priority_id_ed72a7be_fk" FOREIGN KEY ("priority_id") REFERENCES "library_venue" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
