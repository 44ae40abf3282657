BEGIN;
--
-- Add field weight to book
--
ALTER TABLE "billing_book" ADD COLUMN "weight" varchar(200) DEFAULT 'n/a' NULL;
COMMIT;
