BEGIN;
--
-- Rename field checksum on book to origin
--
SET CONSTRAINTS "events_book_origin_id_3f94681b_fk_billing_station_t3_id" IMMEDIATE; ALTER TABLE "events_book" DROP CONSTRAINT "events_book_origin_id_3f94681b_fk_billing_station_t3_id";
ALTER TABLE "events_book" RENAME COLUMN "origin_id" TO "checksum_id";
ALTER TABLE "events_book" ADD CONSTRAINT "events_book_checksum_id_ebbe20f8_fk_billing_station_t3_id" FOREIGN KEY ("checksum_id") REFERENCES "billing_station_t3" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
