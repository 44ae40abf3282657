BEGIN;
--
-- Remove field body from route
--
ALTER TABLE "crm_route" ADD COLUMN "MixedCase_body" integer DEFAULT 0 NOT NULL CHECK ("MixedCase_body" >= 0);
ALTER TABLE "crm_route" ALTER COLUMN "MixedCase_body" DROP DEFAULT;
COMMIT;
