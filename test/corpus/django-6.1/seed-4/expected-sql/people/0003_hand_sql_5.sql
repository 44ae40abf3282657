BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_5 (id integer); CREATE VIEW hand_aux_5_v AS SELECT id FROM hand_aux_5;
COMMIT;
