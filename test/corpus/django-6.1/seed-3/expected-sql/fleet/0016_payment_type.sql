BEGIN;
--
-- Add field type to payment
--
ALTER TABLE "fleet_payment" ADD COLUMN "type" varchar(100) GENERATED ALWAYS AS (LOWER("color")) STORED;
COMMIT;
