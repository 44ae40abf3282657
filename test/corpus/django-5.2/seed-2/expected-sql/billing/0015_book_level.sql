BEGIN;
--
-- Add field level to book
--
ALTER TABLE "billing_book" ADD COLUMN "level" date[] DEFAULT '{}' NOT NULL;
ALTER TABLE "billing_book" ALTER COLUMN "level" DROP DEFAULT;
COMMENT ON COLUMN "billing_book"."level" IS 'Primary contact';
COMMIT;
