BEGIN;
--
-- Add field price to station
--
ALTER TABLE "billing_station_t1" ADD COLUMN "price" varchar(100) DEFAULT 'it''s' NOT NULL;
--
-- Delete model Book
--
DROP TABLE "billing_book" CASCADE;
COMMIT;
