-- SYNTAX TEST "source.sql.schema-guard" "sqlmigrate output with Schema Guard lock annotations"
BEGIN;
--<----- keyword.other.LUW.sql - meta.operation-header.schema-guard
--
--<-- meta.operation-header.schema-guard comment.line.double-dash.sql punctuation.definition.comment.sql
-- Add field status to order
--<-- meta.operation-header.schema-guard comment.line.double-dash.sql punctuation.definition.comment.sql
-- ^^^^^^^^^^^^^^^^^^^^^^^^^ meta.operation-header.schema-guard comment.line.double-dash.sql entity.name.section.operation.schema-guard
--
--<-- meta.operation-header.schema-guard comment.line.double-dash.sql
ALTER TABLE "shop_order" ADD COLUMN "status" varchar(20) DEFAULT 'new' NOT NULL;
--<----- keyword - meta.operation-header.schema-guard - comment
--    ^^^^^ keyword - meta.operation-header.schema-guard - comment
--          ^^^^^^^^^^^^ string.quoted.double.sql
--                                           ^^^^^^^ storage.type.sql
-- lock: ACCESS EXCLUSIVE on "shop_order" (blocks reads and writes)
--<------------------------------------------------------------------- comment.line.lock.schema-guard - meta.operation-header.schema-guard
--<-- punctuation.definition.comment.sql
-- ^^^^ keyword.other.lock.schema-guard
--       ^^^^^^^^^^^^^^^^ meta.lock-mode.schema-guard
--                           ^^^^^^^^^^^^ meta.lock-target.schema-guard
--                                        ^^^^^^^^^^^^^^^^^^^^^^^^^ - meta.lock-mode.schema-guard - meta.lock-target.schema-guard
ALTER TABLE "shop_order" ALTER COLUMN "status" DROP DEFAULT;
--<----- keyword - comment
--   lock: SHARE UPDATE EXCLUSIVE on shop_order
--         ^^^^^^^^^^^^^^^^^^^^^^ comment.line.lock.schema-guard meta.lock-mode.schema-guard
--                                   ^^^^^^^^^^ meta.lock-target.schema-guard
-- an ordinary comment
--<---------------------- comment.line.double-dash.sql - comment.line.lock.schema-guard - meta.operation-header.schema-guard
--
-- + Create index shop_order_created_idx on field(s) created_at of model order
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.operation-header.schema-guard entity.name.section.operation.schema-guard
--
CREATE INDEX CONCURRENTLY "shop_order_created_idx" ON "shop_order" ("created_at");
--<------ keyword - meta.operation-header.schema-guard
--
-- Raw Python operation
-- ^^^^^^^^^^^^^^^^^^^^ meta.operation-header.schema-guard entity.name.section.operation.schema-guard
--
-- THIS OPERATION CANNOT BE WRITTEN AS SQL
-- ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-dash.sql - meta.operation-header.schema-guard - entity.name.section
--
-- Raw SQL operation
--
SELECT 1;
--<------ keyword.other.DML.sql - meta.operation-header.schema-guard
--
SELECT 2;
--<------ keyword.other.DML.sql - meta.operation-header.schema-guard - comment
COMMIT;
--<------ keyword.other.LUW.sql
