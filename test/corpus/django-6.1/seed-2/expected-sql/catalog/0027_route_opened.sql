BEGIN;
--
-- Raw SQL operation
--
ALTER TABLE "catalog_route" ADD COLUMN "opened" varchar(255) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "catalog_route" ALTER COLUMN "opened" DROP DEFAULT;
CREATE INDEX "catalog_route_opened_da0b71b9" ON "catalog_route" ("opened") TABLESPACE "pg_default";
CREATE INDEX "catalog_route_opened_da0b71b9_like" ON "catalog_route" ("opened" varchar_pattern_ops) TABLESPACE "pg_default";
COMMIT;
