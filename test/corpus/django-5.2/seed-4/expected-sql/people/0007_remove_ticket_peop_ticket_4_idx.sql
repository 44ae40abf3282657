--
-- Concurrently remove index peop_ticket_4_idx from ticket
--
DROP INDEX CONCURRENTLY IF EXISTS "peop_ticket_4_idx";
