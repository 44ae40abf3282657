BEGIN;
--
-- Add field body to address
--
ALTER TABLE "fleet_address" ADD COLUMN "body" varchar(20) DEFAULT 'n/a' NOT NULL UNIQUE;
ALTER TABLE "fleet_address" ALTER COLUMN "body" DROP DEFAULT;
COMMENT ON COLUMN "fleet_address"."body" IS 'Заметка';
CREATE INDEX "fleet_address_body_012718e7_like" ON "fleet_address" ("body" varchar_pattern_ops);
COMMIT;
