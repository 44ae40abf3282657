BEGIN;
--
-- Alter field type on member
--
ALTER TABLE "billing_member" DROP CONSTRAINT "billing_member_type_72cbd2af_check";
ALTER TABLE "billing_member" ALTER COLUMN "type" TYPE bigint USING "type"::bigint;
COMMIT;
