BEGIN;
--
-- Add field level to member
--
ALTER TABLE "shop_member" DROP COLUMN "level" CASCADE;
--
-- Remove field path from member
--
ALTER TABLE "shop_member" ADD COLUMN "path" smallint NOT NULL CHECK ("path" >= 0);
COMMIT;
