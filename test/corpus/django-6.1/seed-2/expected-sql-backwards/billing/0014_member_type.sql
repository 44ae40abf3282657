BEGIN;
--
-- Add field type to member
--
ALTER TABLE "billing_member" DROP COLUMN "type";
COMMIT;
