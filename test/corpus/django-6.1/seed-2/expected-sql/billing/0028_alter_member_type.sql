BEGIN;
--
-- Alter field type on member
--
ALTER TABLE "billing_member" ALTER COLUMN "type" TYPE smallint USING "type"::smallint;
ALTER TABLE "billing_member" ADD CONSTRAINT "billing_member_type_72cbd2af_check" CHECK ("type" >= 0);
COMMIT;
