BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_8 (id integer PRIMARY KEY, label text, ratio numeric);
--
-- Raw SQL operation
--
INSERT INTO hand_aux_8 (id, label, ratio) VALUES (1, 'it''s 100%', 0.5);
INSERT INTO hand_aux_8 (id, label) VALUES (2,  E'back\\slash');
UPDATE hand_aux_8 SET label = label || '!' WHERE label LIKE 'it%';
UPDATE hand_aux_8 SET ratio = 1 WHERE label LIKE '%back%';
COMMIT;
