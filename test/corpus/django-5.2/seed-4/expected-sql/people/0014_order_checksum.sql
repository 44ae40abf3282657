BEGIN;
--
-- Add field checksum to order
--
ALTER TABLE "people_order" ADD COLUMN "checksum" varchar(50) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "people_order" ALTER COLUMN "checksum" DROP DEFAULT;
CREATE INDEX "people_order_checksum_bfd086d8" ON "people_order" ("checksum");
CREATE INDEX "people_order_checksum_bfd086d8_like" ON "people_order" ("checksum" varchar_pattern_ops);
COMMIT;
