BEGIN;
--
-- Create index peop_ticket_10_idx on field(s) qty of model ticket
--
CREATE INDEX "peop_ticket_10_idx" ON "people_ticket" ("qty") INCLUDE ("MixedCase_budget");
COMMIT;
