--
-- Concurrently remove index peop_ticket_4_idx from ticket
--
CREATE INDEX CONCURRENTLY "peop_ticket_4_idx" ON "people_ticket" ("weight", "MixedCase_qty", "uid");
