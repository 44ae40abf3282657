BEGIN;
--
-- Alter field qty on ticket
--
CREATE INDEX "crm_ticket_t3_qty_146b3706" ON "crm_ticket_t3" ("qty");
COMMIT;
