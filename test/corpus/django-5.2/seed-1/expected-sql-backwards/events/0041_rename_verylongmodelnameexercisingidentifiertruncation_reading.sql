BEGIN;
--
-- Rename model VeryLongModelNameExercisingIdentifierTruncation to Reading
--
ALTER TABLE "events_reading" RENAME TO "events_verylongmodelnameexercisingidentifiertruncation";
SET CONSTRAINTS "events_region_ip_reading_id_b053ff6a_fk_events_reading_id" IMMEDIATE; ALTER TABLE "events_region_ip" DROP CONSTRAINT "events_region_ip_reading_id_b053ff6a_fk_events_reading_id";
ALTER TABLE "events_region_ip" RENAME COLUMN "reading_id" TO "verylongmodelnameexercisingidentifiertruncation_id";
ALTER TABLE "events_region_ip" ADD CONSTRAINT "events_region_ip_verylongmodelnameexe_ef71a295_fk_events_ve" FOREIGN KEY ("verylongmodelnameexercisingidentifiertruncation_id") REFERENCES "events_verylongmodelnameexercisingidentifiertruncation" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
