BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_5 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_5_label ON hand_aux_5 (label);
COMMIT;
