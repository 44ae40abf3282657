BEGIN;
--
-- Add field active to book
--
SET CONSTRAINTS "billing_book_active_id_abc19e95_fk_billing_station_t1_id" IMMEDIATE; ALTER TABLE "billing_book" DROP CONSTRAINT "billing_book_active_id_abc19e95_fk_billing_station_t1_id";
ALTER TABLE "billing_book" DROP COLUMN "active_id" CASCADE;
COMMIT;
