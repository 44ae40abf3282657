BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_17 (id integer); CREATE VIEW hand_aux_17_v AS SELECT id FROM hand_aux_17;
COMMIT;
