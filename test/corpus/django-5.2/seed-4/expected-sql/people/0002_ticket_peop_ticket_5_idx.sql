BEGIN;
--
-- Create index peop_ticket_5_idx on field(s) title of model ticket
--
CREATE INDEX "peop_ticket_5_idx" ON "people_ticket" ("title" varchar_pattern_ops);
COMMIT;
