BEGIN;
--
-- Rename model VeryLongModelNameExercisingIdentifierTruncation to Reading
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" RENAME TO "events_reading";
SET CONSTRAINTS "events_region_ip_verylongmodelnameexe_ef71a295_fk_events_ve" IMMEDIATE; ALTER TABLE "events_region_ip" DROP CONSTRAINT "events_region_ip_verylongmodelnameexe_ef71a295_fk_events_ve";
ALTER TABLE "events_region_ip" RENAME COLUMN "verylongmodelnameexercisingidentifiertruncation_id" TO "reading_id";
ALTER TABLE "events_region_ip" ADD CONSTRAINT "events_region_ip_reading_id_b053ff6a_fk_events_reading_id" FOREIGN KEY ("reading_id") REFERENCES "events_reading" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
