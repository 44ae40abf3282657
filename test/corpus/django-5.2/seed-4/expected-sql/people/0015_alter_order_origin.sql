BEGIN;
--
-- Alter field origin on order
--
ALTER TABLE "people_order" ALTER COLUMN "origin" TYPE varchar(50), ALTER COLUMN "origin" DROP DEFAULT;
CREATE INDEX "people_order_origin_d882a60d" ON "people_order" ("origin");
CREATE INDEX "people_order_origin_d882a60d_like" ON "people_order" ("origin" varchar_pattern_ops);
COMMIT;
