BEGIN;
--
-- Add field zone to sensor
--
ALTER TABLE "blog_sensor" ADD COLUMN "zone" varchar(200) COLLATE "C" DEFAULT 'it''s' NOT NULL;
ALTER TABLE "blog_sensor" ALTER COLUMN "zone" DROP DEFAULT;
COMMIT;
