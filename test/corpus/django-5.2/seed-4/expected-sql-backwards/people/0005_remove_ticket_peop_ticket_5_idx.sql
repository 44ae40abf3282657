--
-- Concurrently remove index peop_ticket_5_idx from ticket
--
CREATE INDEX CONCURRENTLY "peop_ticket_5_idx" ON "people_ticket" ("title" varchar_pattern_ops);
