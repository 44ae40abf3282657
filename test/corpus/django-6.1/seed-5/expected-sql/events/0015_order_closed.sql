BEGIN;
--
-- Add field closed to order
--
ALTER TABLE "events_order" ADD COLUMN "closed" bigint DEFAULT 1 NOT NULL CHECK ("closed" >= 0);
ALTER TABLE "events_order" ALTER COLUMN "closed" DROP DEFAULT;
COMMENT ON COLUMN "events_order"."closed" IS 'It''s the amount';
COMMIT;
