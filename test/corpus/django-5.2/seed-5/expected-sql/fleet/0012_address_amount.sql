BEGIN;
--
-- Add field amount to address
--
ALTER TABLE "fleet_address" ADD COLUMN "amount" varchar(20) DEFAULT (LOWER('ABC')) NOT NULL;
COMMENT ON COLUMN "fleet_address"."amount" IS 'Заметка';
COMMIT;
