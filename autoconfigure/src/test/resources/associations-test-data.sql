INSERT INTO people (name) VALUES ('Ann');
