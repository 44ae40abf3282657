BEGIN;
--
-- Add field active to book
--
ALTER TABLE "billing_book" ADD COLUMN "active_id" integer NULL CONSTRAINT "billing_book_active_id_abc19e95_fk_billing_station_t1_id" REFERENCES "billing_station_t1"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_book_active_id_abc19e95_fk_billing_station_t1_id" IMMEDIATE;
CREATE INDEX "billing_book_active_id_abc19e95" ON "billing_book" ("active_id");
COMMIT;
