BEGIN;
--
-- Remove field score from order
--
ALTER TABLE "events_order" ADD COLUMN "score" date DEFAULT '2023-05-17'::date NOT NULL UNIQUE;
ALTER TABLE "events_order" ALTER COLUMN "score" DROP DEFAULT;
COMMENT ON COLUMN "events_order"."score" IS 'Заметка';
COMMIT;
