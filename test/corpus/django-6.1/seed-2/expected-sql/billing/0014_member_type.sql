BEGIN;
--
-- Add field type to member
--
ALTER TABLE "billing_member" ADD COLUMN "type" bigint DEFAULT  -3 NOT NULL;
ALTER TABLE "billing_member" ALTER COLUMN "type" DROP DEFAULT;
COMMIT;
