BEGIN;
--
-- Remove field path from member
--
ALTER TABLE "shop_member" DROP COLUMN "path" CASCADE;
--
-- Add field level to member
--
ALTER TABLE "shop_member" ADD COLUMN "level" varchar(200) NULL;
COMMIT;
