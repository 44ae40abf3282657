BEGIN;
--
-- Create constraint people_ticket_chk8 on model ticket
--
ALTER TABLE "people_ticket" DROP CONSTRAINT "people_ticket_chk8";
COMMIT;
