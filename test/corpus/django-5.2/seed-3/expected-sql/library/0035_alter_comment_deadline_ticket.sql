BEGIN;
--
-- Alter field deadline on comment
--
-- (no-op)
--
-- Create model Ticket
--
CREATE TABLE "library_ticket_t38" ("uid" uuid NOT NULL PRIMARY KEY, "Col_select" varchar(100) NOT NULL, "qty" varchar(50) NULL, "user" varchar(100) DEFAULT 'it''s' NULL, "limit_id" integer NULL UNIQUE);
ALTER TABLE "library_ticket_t38" ADD CONSTRAINT "library_ticket_t38_limit_id_449ed39c_fk_events_team_t29_id" FOREIGN KEY ("limit_id") REFERENCES "events_team_t29" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "library_ticket_t38_qty_38a8d3e2" ON "library_ticket_t38" ("qty");
CREATE INDEX "library_ticket_t38_qty_38a8d3e2_like" ON "library_ticket_t38" ("qty" varchar_pattern_ops);
COMMIT;
