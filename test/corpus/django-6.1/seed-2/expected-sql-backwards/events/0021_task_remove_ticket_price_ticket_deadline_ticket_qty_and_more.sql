BEGIN;
--
-- Add field visible to ticket
--
ALTER TABLE "events_ticket" DROP COLUMN "visible";
--
-- Add field qty to ticket
--
ALTER TABLE "events_ticket" DROP COLUMN "qty";
--
-- Add field deadline to ticket
--
ALTER TABLE "events_ticket" DROP COLUMN "deadline";
--
-- Remove field price from ticket
--
ALTER TABLE "events_ticket" ADD COLUMN "price" boolean NOT NULL;
--
-- Create model Task
--
DROP TABLE "events_task" CASCADE;
COMMIT;
