BEGIN;
--
-- Create constraint people_ticket_chk8 on model ticket
--
ALTER TABLE "people_ticket" ADD CONSTRAINT "people_ticket_chk8" CHECK ("qty"::text LIKE  E'x\\_%');
COMMIT;
