BEGIN;
--
-- Alter field due on badge
--
ALTER TABLE "billing_badge" ALTER COLUMN "due_id" TYPE integer;
COMMENT ON COLUMN "billing_badge"."due_id" IS '';
COMMIT;
