BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "catalog_member" ADD COLUMN "size" varchar(200) DEFAULT '50%' NOT NULL;
ALTER TABLE "catalog_member" ALTER COLUMN "size" DROP DEFAULT;
CREATE INDEX "catalog_member_size_b0b9bb48" ON "catalog_member" ("size");
CREATE INDEX "catalog_member_size_b0b9bb48_like" ON "catalog_member" ("size" varchar_pattern_ops);
COMMIT;
