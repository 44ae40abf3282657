BEGIN;
--
-- Create index shop_member_26_idx on field(s) status of model member
--
DROP INDEX IF EXISTS "shop_member_26_idx";
COMMIT;
